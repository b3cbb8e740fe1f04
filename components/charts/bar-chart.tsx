import { barLayout, CHART_WIDTH, LABEL_WIDTH, ROW_HEIGHT, type Bar } from "@/components/charts/bar-scale";

/**
 * Plain server-rendered SVG instead of a charting library: no client JS, no canvas, works without JavaScript, and
 * screen readers get role="img" + <title> plus the same numbers in a table beside it (details/summary).
 */
export function BarChart({ title, bars, target, format, valueHeader, labelHeader, testId, tableLabel }: {
  title: string; bars: Bar[]; target?: number; format: (v: number) => string; valueHeader: string; labelHeader: string; testId?: string;
  /** The table disclosure's text; given, the title also shows above the chart (the first chart keeps its old look). */
  tableLabel?: string;
}) {
  const layout = barLayout(bars, target);
  const label = target === undefined ? title : `${title} (${format(target)})`;
  return (
    <figure className="max-w-full space-y-2" data-testid={testId}>
      {tableLabel ? <figcaption className="text-sm font-semibold text-slate-800">{label}</figcaption> : null}
      <svg role="img" aria-label={label} viewBox={`0 0 ${CHART_WIDTH} ${layout.height}`} className="h-auto w-full max-w-xl">
        <title>{label}</title>
        {layout.rows.map((r) => (
          <g key={r.label}>
            <text x={LABEL_WIDTH - 4} y={r.y + ROW_HEIGHT / 2} textAnchor="end" dominantBaseline="middle" fontSize="10" fill="#334155">
              {r.label.length > 20 ? `${r.label.slice(0, 19)}…` : r.label}
            </text>
            <rect x={LABEL_WIDTH} y={r.y + 4} width={r.width} height={ROW_HEIGHT - 10} fill={r.isAlert || (target !== undefined && r.value < target) ? "#b91c1c" : "#047857"} />
          </g>
        ))}
        {layout.targetX !== undefined && (
          <line x1={layout.targetX} x2={layout.targetX} y1={0} y2={layout.height} stroke="#0f172a" strokeDasharray="4 3" strokeWidth="1.5" />
        )}
      </svg>
      <details>
        <summary className="min-h-11 cursor-pointer py-2 text-sm font-semibold text-emerald-800">{tableLabel ?? title}</summary>
        <table className="text-sm">
          <thead><tr><th scope="col" className="pr-4 text-left">{labelHeader}</th><th scope="col" className="text-right">{valueHeader}</th></tr></thead>
          <tbody>{bars.map((b) => <tr key={b.label}><th scope="row" className="pr-4 text-left font-normal">{b.label}</th><td className="text-right">{format(b.value)}</td></tr>)}</tbody>
        </table>
      </details>
    </figure>
  );
}
