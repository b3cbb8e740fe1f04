import { formatCount } from "@/lib/domain/money/rupiah";

export type FacetOption = { value: string; label: string; count: number; checked: boolean };

/** A checkbox group for one filter; the counts say how many products ticking that box would show. */
export function FacetGroup({ name, legend, options, testId, locale }: { name: string; legend: string; options: FacetOption[]; testId: string; locale: string }) {
  if (options.length === 0) return null;
  return (
    <fieldset data-testid={testId} className="space-y-1">
      <legend className="mb-1 text-sm font-semibold text-slate-900">{legend}</legend>
      {options.map((o) => {
        const id = `${name}-${o.value}`.replace(/[^A-Za-z0-9_-]/g, "_");
        return (
          <div key={o.value} className="flex items-center gap-2">
            <input
              id={id}
              type="checkbox"
              name={name}
              value={o.value}
              defaultChecked={o.checked}
              className="size-5 shrink-0 accent-emerald-700"
            />
            <label htmlFor={id} className="flex min-h-9 flex-1 items-center justify-between gap-2 text-sm text-slate-800">
              <span>{o.label}</span>
              <span className="tabular-nums text-slate-600">{formatCount(o.count, locale)}</span>
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}
