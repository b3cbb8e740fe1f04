import { AXIS_LEFT, COLUMN_CHART_HEIGHT, COLUMN_CHART_WIDTH, columnLayout, type Column } from "@/components/charts/column-scale";

/**
 * Vertical columns (months) with an optional dashed target line, as plain server SVG like BarChart: role="img", a
 * <title>, and the same figures in a table inside <details>, reachable by keyboard and read by screen readers.
 * A column under the target is red, an empty month is a grey tick so "no spending" never reads as a failure.
 */
export function ColumnChart({ title, columns, target, format, valueHeader, labelHeader, emptyText, testId, rows, tableLabel }: {
  title: string; columns: Column[]; target?: number; format: (v: number) => string; valueHeader: string; labelHeader: string; emptyText: string;
  testId?: string;
  /** The table disclosure's text; the title shows above the chart. */
  tableLabel: string;
  /** Extra table columns (e.g. the month's rupiah) beside the charted value. */
  rows?: { header: string; cells: string[] };
}) {
  const layout = columnLayout(columns, target);
  const label = target === undefined ? title : `${title} (${format(target)})`;
  return (
    <figure className="max-w-full space-y-2" data-testid={testId}>
      <figcaption className="text-sm font-semibold text-slate-800">{label}</figcaption>
      <svg role="img" aria-label={label} viewBox={`0 0 ${COLUMN_CHART_WIDTH} ${COLUMN_CHART_HEIGHT}`} className="h-auto w-full max-w-xl">
        <title>{label}</title>
        <line x1={AXIS_LEFT} x2={COLUMN_CHART_WIDTH - 4} y1={layout.baselineY} y2={layout.baselineY} stroke="#64748b" strokeWidth="1" />
        <text x={AXIS_LEFT - 4} y={layout.baselineY} textAnchor="end" dominantBaseline="middle" fontSize="9" fill="#334155">{format(0)}</text>
        <text x={AXIS_LEFT - 4} y={8} textAnchor="end" dominantBaseline="middle" fontSize="9" fill="#334155">{format(layout.max)}</text>
        {layout.columns.map((c) => (
          <g key={c.label}>
            {c.isEmpty ? (
              <rect x={c.x} y={layout.baselineY - 2} width={c.width} height={2} fill="#94a3b8" />
            ) : (
              <rect x={c.x} y={c.y} width={c.width} height={c.height} fill={target !== undefined && c.value < target ? "#b91c1c" : "#047857"} />
            )}
            <text x={c.labelX} y={layout.baselineY + 12} textAnchor="middle" fontSize="9" fill="#334155">{c.label}</text>
          </g>
        ))}
        {layout.targetY !== undefined && (
          <line x1={AXIS_LEFT} x2={COLUMN_CHART_WIDTH - 4} y1={layout.targetY} y2={layout.targetY} stroke="#0f172a" strokeDasharray="4 3" strokeWidth="1.5" />
        )}
      </svg>
      <details>
        <summary className="min-h-11 cursor-pointer py-2 text-sm font-semibold text-emerald-800">{tableLabel}</summary>
        <table className="text-sm">
          <thead>
            <tr>
              <th scope="col" className="pr-4 text-left">{labelHeader}</th>
              <th scope="col" className="pr-4 text-right">{valueHeader}</th>
              {rows ? <th scope="col" className="text-right">{rows.header}</th> : null}
            </tr>
          </thead>
          <tbody>
            {columns.map((c, i) => (
              <tr key={c.label}>
                <th scope="row" className="pr-4 text-left font-normal">{c.label}</th>
                <td className="pr-4 text-right">{c.isEmpty ? emptyText : format(c.value)}</td>
                {rows ? <td className="text-right">{rows.cells[i]}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
