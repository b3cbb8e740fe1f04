import { getLocale, getTranslations } from "next-intl/server";
import { formatShare } from "@/components/procurement/compliance-summary-table";
import { formatWita } from "@/lib/domain/time/wita";
import { formatIdr } from "@/lib/domain/money/rupiah";
import type { EventComplianceView, EventDetailView } from "@/lib/validation/views/events";

const consumptionOf = (c: EventComplianceView, locale: string) => (c.consumption.totalIdr > 0 ? formatShare(c.consumption.share, locale) : "—");

/**
 * The frozen report as it was at closing, then every amendment in order with its reason, author, time,
 * what it added or voided and the figures after it: the original is never overwritten.
 */
export async function HistorySection({ event, headingLevel = 2 }: { event: EventDetailView; headingLevel?: 2 | 3 }) {
  const [t, locale] = await Promise.all([getTranslations("events.history"), getLocale()]);
  if (!event.closedReport) return null;
  const H = headingLevel === 2 ? "h2" : "h3";
  const itemLabel = (id: string) => {
    const item = event.items.find((i) => i.id === id) ?? event.closedReport?.items.find((i) => i.id === id);
    return item ? `${item.description} (${formatIdr(item.amountIdr)})` : id;
  };
  // What an amendment added or voided: a count and the items by name (none: nothing shown).
  const changedItems = (heading: string, ids: readonly string[], itemClass: string) =>
    ids.length === 0 ? null : (
      <div className="text-sm text-slate-800">
        <p>{heading}</p>
        <ul className="list-disc pl-5">{ids.map((id) => <li key={id} className={`break-words ${itemClass}`.trim()}>{itemLabel(id)}</li>)}</ul>
      </div>
    );
  const frozen = event.closedReport.compliance;
  return (
    <section id="riwayat" aria-labelledby="history-title" className="space-y-3" data-testid="event-history">
      <H id="history-title" className="text-lg font-semibold text-slate-900">{t("heading")}</H>
      <ol className="space-y-3 border-l-2 border-emerald-200 pl-4">
        <li data-testid="history-original" className="space-y-1 break-inside-avoid">
          <p className="font-semibold text-slate-900">{t("original")}</p>
          <p className="text-sm text-slate-600">{t("originalMeta", { at: formatWita(event.closedReport.closedAt, locale), name: event.closedBy?.name ?? "—" })}</p>
          <p className="text-sm text-slate-800" data-testid="history-original-share" data-share={frozen.share}>
            {t("frozen", { share: formatShare(frozen.share, locale), total: formatIdr(frozen.totalIdr), consumption: consumptionOf(frozen, locale) })}
          </p>
        </li>
        {event.amendments.map((a, index) => (
          <li key={a.id} data-testid="history-amendment" className="space-y-1 break-inside-avoid">
            <p className="font-semibold text-slate-900">{t("amendment", { number: index + 1 })}</p>
            <p className="text-sm text-slate-600">{t("amendmentMeta", { at: formatWita(a.createdAt, locale), name: a.createdBy.name })}</p>
            <p className="text-sm text-slate-800">
              <span className="font-semibold">{t("reason")}:</span> <span data-testid="amendment-reason" className="break-words">{a.reason}</span>
            </p>
            {changedItems(t("added", { count: a.changes.addedItemIds.length }), a.changes.addedItemIds, "")}
            {changedItems(t("voided", { count: a.changes.voidedItemIds.length }), a.changes.voidedItemIds, "line-through")}
            <p className="text-sm text-slate-800" data-share={a.reportAfter.share}>
              {t("after", { share: formatShare(a.reportAfter.share, locale), consumption: consumptionOf(a.reportAfter, locale) })}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
