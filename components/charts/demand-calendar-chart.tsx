import { demandShade, type DemandCalendar } from "@/lib/domain/catalog/demand-calendar";
import { formatIdrCompact } from "@/lib/domain/money/rupiah";

const LABEL = 118;
const CELL = 17;
const GAP = 1;
const HEADER = 16;
/** Unknown months are hatched grey; known ones go from pale to deep green with the expected value. */
const SHADES = ["#f1f5f9", "#d1fae5", "#6ee7b7", "#059669", "#064e3b"];

/**
 * A calendar heat map drawn on the server: one row per category, one column per month, darker where offices
 * order more. role="img" with a label; every cell has a <title>; the page puts the same figures in a table.
 */
export function DemandCalendarChart({ calendar, title, monthNames, unknownLabel }: { calendar: DemandCalendar; title: string; monthNames: string[]; unknownLabel: string }) {
  const rows = calendar.categories.slice(0, 12);
  const max = Math.max(0, ...rows.flatMap((c) => c.months.map((m) => m.expectedValueIdr ?? 0)));
  const width = LABEL + 12 * (CELL + GAP);
  const height = HEADER + rows.length * (CELL + GAP);
  return (
    <svg role="img" aria-label={title} viewBox={`0 0 ${width} ${height}`} className="h-auto w-full max-w-2xl" data-testid="demand-calendar-chart">
      <title>{title}</title>
      <defs>
        <pattern id="demand-unknown" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="4" height="4" fill="#f8fafc" />
          <line x1="0" y1="0" x2="0" y2="4" stroke="#cbd5e1" strokeWidth="1.5" />
        </pattern>
      </defs>
      {monthNames.map((name, i) => (
        <text key={name} x={LABEL + i * (CELL + GAP) + CELL / 2} y={11} textAnchor="middle" fontSize="8" fill="#334155">
          {name.slice(0, 3)}
        </text>
      ))}
      {rows.map((c, r) => (
        <g key={c.slug}>
          <text x={LABEL - 4} y={HEADER + r * (CELL + GAP) + CELL / 2} textAnchor="end" dominantBaseline="middle" fontSize="8" fill="#334155">
            {c.name.length > 24 ? `${c.name.slice(0, 23)}…` : c.name}
          </text>
          {c.months.map((m) => {
            const shade = demandShade(m.expectedValueIdr, max);
            return (
              <rect key={m.month} x={LABEL + (m.month - 1) * (CELL + GAP)} y={HEADER + r * (CELL + GAP)} width={CELL} height={CELL} rx="2" fill={shade === null ? "url(#demand-unknown)" : SHADES[shade]}>
                <title>{`${c.name}, ${monthNames[m.month - 1]}: ${m.expectedValueIdr === null ? unknownLabel : formatIdrCompact(m.expectedValueIdr)}`}</title>
              </rect>
            );
          })}
        </g>
      ))}
    </svg>
  );
}
