import Link from "next/link";

/** The way back up the drill-down, as a breadcrumb trail (each step one click). */
export function DrillTrail({ steps, label }: { steps: Array<{ href: string; label: string }>; label: string }) {
  return (
    <nav aria-label={label}>
      <ol className="flex flex-wrap gap-x-2 text-sm">
        {steps.map((s, i) => (
          <li key={s.href} className="flex gap-2">
            {i > 0 ? <span aria-hidden="true">›</span> : null}
            <Link href={s.href} className="font-semibold text-emerald-800 underline underline-offset-4">{s.label}</Link>
          </li>
        ))}
      </ol>
    </nav>
  );
}

export const drillYear = (year: number) => `?tahun=${year}`;
