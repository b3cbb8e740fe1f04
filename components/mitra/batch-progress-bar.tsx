import { formatCount } from "@/lib/domain/money/rupiah";

/**
 * A batch's progress as a server-rendered SVG bar with its label, and the figures beside it in text, so it
 * reads without JavaScript and to a screen reader.
 */
export function BatchProgressBar({ closed, total, label, locale }: { closed: number; total: number; label: string; locale: string }) {
  const share = total === 0 ? 0 : closed / total;
  return (
    <div className="flex flex-wrap items-center gap-3">
      <svg role="img" aria-label={label} viewBox="0 0 100 8" className="h-3 w-40 max-w-full" preserveAspectRatio="none">
        <rect x="0" y="0" width="100" height="8" rx="2" className="fill-slate-200" />
        <rect x="0" y="0" width={Math.round(share * 100)} height="8" rx="2" className="fill-emerald-700" />
      </svg>
      <span className="text-sm tabular-nums text-slate-800" data-testid="batch-progress">
        {formatCount(closed, locale)} / {formatCount(total, locale)}
      </span>
    </div>
  );
}
