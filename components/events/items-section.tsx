import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { removeEventItemAction, uploadEvidenceAction } from "@/lib/actions/events/event-item-actions";
import { EmptyState } from "@/components/ui/empty-state";
import { EVENT_ITEM_CATEGORIES } from "@/lib/domain/events/event-compliance";
import { formatIdr } from "@/lib/domain/money/rupiah";
import type { EventDetailView, EventItemView } from "@/lib/validation/views/events";
import { ItemBadges } from "./event-badges";
import { EvidenceList } from "./evidence-list";
import { EvidenceUpload } from "./evidence-upload";
import { RemoveItemForm } from "./item-forms";
import { evidenceLabels } from "./labels";

/** Who supplied an item: the platform business, or the off-platform supplier with its NIB when given. */
export async function SupplierLine({ item, linkRequest }: { item: EventItemView; linkRequest?: boolean }) {
  const t = await getTranslations("events.items");
  return (
    <span className="block break-words text-sm text-slate-700">
      {item.business?.name ?? item.supplierName}
      {item.supplierNib ? ` · ${t("nib", { nib: item.supplierNib })}` : ""}
      {item.supplierKabupaten ? ` · ${item.supplierKabupaten}` : ""}
      {item.purchaseRequestId && linkRequest ? (
        <>
          {" · "}
          <Link href={`/permintaan/${item.purchaseRequestId}`} className="text-emerald-800 underline underline-offset-4">{t("request")}</Link>
        </>
      ) : null}
    </span>
  );
}

/**
 * The items, grouped by category as stacked cards (they read on a 360-px phone without sideways scrolling),
 * each with its platform/declared badges and evidence; the organizer uploads evidence and, while the event
 * is open, removes items here.
 */
export async function ItemsSection({ event }: { event: EventDetailView }) {
  const [t, tc, tEvidence, labels] = await Promise.all([getTranslations("events.items"), getTranslations("events.category"), getTranslations("events.evidence"), evidenceLabels()]);
  const groups = EVENT_ITEM_CATEGORIES.map((c) => ({ category: c, items: event.items.filter((i) => i.category === c) })).filter((g) => g.items.length > 0);
  return (
    <section id="barang" aria-labelledby="items-title" className="space-y-3" data-testid="event-items">
      <h2 id="items-title" className="text-lg font-semibold text-slate-900">{t("heading")}</h2>
      {groups.length === 0 ? <EmptyState>{t("empty")}</EmptyState> : null}
      {groups.map((g) => (
        <section key={g.category} aria-labelledby={`cat-${g.category}`} className="space-y-2" data-testid="item-group" data-category={g.category}>
          <h3 id={`cat-${g.category}`} className="font-semibold text-slate-900">{tc(g.category)}</h3>
          <ul className="space-y-2">
            {g.items.map((item) => {
              const voided = item.voidedByAmendmentId !== null;
              return (
                <li key={item.id} id={`item-${item.id}`} data-testid="event-item" data-item-id={item.id} data-description={item.description} data-declared={item.declared} data-needs-evidence={item.needsEvidence} className={`space-y-2 rounded-lg border p-3 ${item.needsEvidence ? "border-red-300" : "border-slate-200"} ${voided ? "border-dashed bg-slate-50" : "bg-white"}`}>
                  <div className="flex flex-wrap items-baseline justify-between gap-2">
                    <p className={`min-w-0 break-words font-medium text-slate-900 ${voided ? "line-through" : ""}`}>{item.description}</p>
                    <p className="font-semibold tabular-nums text-slate-900">{formatIdr(item.amountIdr)}</p>
                  </div>
                  <SupplierLine item={item} linkRequest />
                  <ItemBadges item={item} />
                  <EvidenceList item={item} />
                  {item.evidence.length === 0 && !item.declared ? <p className="text-xs text-slate-600">{t("evidenceOptional")}</p> : null}
                  {item.actions.attachEvidence ? (
                    // Open where evidence is still required; elsewhere folded so a phone is not a wall of upload forms.
                    <details open={item.needsEvidence} className="group rounded-md border border-slate-200 px-3 py-2" data-testid="evidence-details">
                      <summary className="min-h-11 cursor-pointer content-center font-semibold text-emerald-900" data-testid="evidence-summary">{tEvidence("upload")}</summary>
                      <div className="pt-2">
                        <EvidenceUpload action={uploadEvidenceAction} eventId={event.id} itemId={item.id} labels={labels} />
                      </div>
                    </details>
                  ) : null}
                  {item.actions.remove ? (
                    <RemoveItemForm action={removeEventItemAction} eventId={event.id} itemId={item.id} label={t("remove")} pendingLabel={t("removing")} ariaLabel={t("removeLabel", { description: item.description })} />
                  ) : null}
                </li>
              );
            })}
          </ul>
          <p className="text-right text-sm text-slate-700">
            {t("subtotal", { category: tc(g.category) })}:{" "}
            <span className="font-semibold tabular-nums text-slate-900">{formatIdr(g.items.filter((i) => !i.voidedByAmendmentId).reduce((n, i) => n + i.amountIdr, 0))}</span>
          </p>
        </section>
      ))}
    </section>
  );
}
