import Link from "next/link";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireViewer } from "@/app/_lib/require-viewer";
import { regionsWhere } from "@/lib/auth/scopes";
import { CompliancePanel } from "@/components/events/compliance-panel";
import { EventFacts } from "@/components/events/event-facts";
import { HistorySection } from "@/components/events/history-section";
import { AddItemForm, AmendForm, CloseForm } from "@/components/events/item-forms";
import { ItemsSection } from "@/components/events/items-section";
import { categoryOptions, itemFieldLabels } from "@/components/events/labels";
import { loadOrRespond } from "@/components/procurement/load";
import { HomeTitle } from "@/components/ui/home-title";
import { formatIdr } from "@/lib/domain/money/rupiah";
import { getEvent } from "@/lib/services/events";
import { closeEventAction } from "@/lib/actions/events/event-actions";
import { addEventItemAction, amendEventAction, searchBusinessesAction } from "@/lib/actions/events/event-item-actions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("events.detail"))("metaTitle") };
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";
const notice = "rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900";
const panel = "space-y-3 rounded-lg border bg-white p-4";

/**
 * One event: its data, compliance, items with evidence; for the organizing OPD the add-item form (business
 * search by name/NIB as a GET, live with JavaScript), closing (explaining what still lacks evidence), then
 * amendments. Region auditors and admins read the same page.
 */
export default async function EventPage({ params, searchParams }: Props) {
  const { id } = await params;
  const current = await requireViewer(`/kegiatan/${id}`);
  const event = await loadOrRespond(() => getEvent(current, id));
  const query = await searchParams;
  const [t, tClose, tAmend, tAdd, tCommon] = await Promise.all([
    getTranslations("events.detail"), getTranslations("events.close"), getTranslations("events.amend"), getTranslations("events.addItem"), getTranslations("events.common"),
  ]);
  const { actions } = event;
  const cari = one(query.cari).trim();
  const showsItemForm = actions.addItem || actions.amend;
  const results = showsItemForm && cari.length >= 2 ? await searchBusinessesAction(cari) : [];
  const [labels, categories] = await Promise.all([itemFieldLabels(), categoryOptions()]);
  const missing = event.items.filter((i) => i.needsEvidence);
  const activeItems = event.items.filter((i) => !i.voidedByAmendmentId);
  const searchFormId = "event-business-search";

  return (
    <article data-testid="event-page" data-event-id={event.id} data-status={event.status} aria-labelledby="home-title" className="space-y-6">
      <p>
        <Link href="/kegiatan" className="text-sm font-semibold text-emerald-800 underline underline-offset-4">{tCommon("backToList")}</Link>
      </p>
      <HomeTitle lead={event.opd.name}>{event.title}</HomeTitle>
      {query.baru ? <p role="status" className={notice}>{t("created")}</p> : null}
      {query.ditutup ? <p role="status" data-testid="event-closed-notice" className={notice}>{t("closedNotice")}</p> : null}
      {query.amandemen ? <p role="status" className={notice}>{t("amendedNotice")}</p> : null}
      {query.diubah ? <p role="status" className={notice}>{t("updated")}</p> : null}
      {!event.isOpen && !query.ditutup ? <p className="rounded-md border border-slate-300 bg-slate-50 px-3 py-2 text-sm text-slate-800">{t("closedNotice")}</p> : null}
      {!actions.edit && !actions.amend ? <p className="text-sm text-slate-700">{t("readOnly")}</p> : null}

      <EventFacts event={event} />
      <p className="flex flex-wrap gap-x-4 gap-y-2">
        <Link href={`/kegiatan/${event.id}/laporan`} data-testid="event-report-link" className="font-semibold text-emerald-800 underline underline-offset-4">
          {t("printReport")}
        </Link>
        {actions.edit ? (
          <Link href={`/kegiatan/${event.id}/ubah`} data-testid="event-edit-link" className="font-semibold text-emerald-800 underline underline-offset-4">
            {t("edit")}
          </Link>
        ) : null}
      </p>

      <CompliancePanel compliance={event.compliance} headingId="compliance-title" showRuleCode={regionsWhere(current, "audit.read").length > 0} />
      <ItemsSection event={event} />

      {showsItemForm ? <form id={searchFormId} method="get" action={`/kegiatan/${event.id}#tambah`} aria-hidden="true" className="hidden" /> : null}

      {actions.addItem ? (
        <section id="tambah" aria-labelledby="add-item-title" className={`${panel} border-emerald-300`}>
          <h2 id="add-item-title" className="text-lg font-semibold text-slate-900">{tAdd("heading")}</h2>
          <AddItemForm
            action={addEventItemAction}
            eventId={event.id}
            labels={labels}
            categories={categories}
            searchFormId={searchFormId}
            query={cari}
            results={results}
            search={searchBusinessesAction}
            submitLabel={tAdd("submit")}
            pendingLabel={tCommon("pending")}
          />
        </section>
      ) : null}

      {actions.close ? (
        <section aria-labelledby="close-title" data-testid="close-panel" className={`${panel} border-slate-300`}>
          <h2 id="close-title" className="text-lg font-semibold text-slate-900">{tClose("heading")}</h2>
          <p className="text-sm text-slate-700">{tClose("hint")}</p>
          {missing.length > 0 ? (
            <div id="close-blocked" data-testid="close-blocked" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">
              <p className="font-semibold">{tClose("blocked", { count: missing.length })}</p>
              <ul className="list-disc pl-5">
                {missing.map((i) => (
                  <li key={i.id}>
                    <a href={`#item-${i.id}`} className="break-words underline underline-offset-4">{i.description} ({formatIdr(i.amountIdr)})</a>
                  </li>
                ))}
              </ul>
            </div>
          ) : activeItems.length === 0 ? (
            <p id="close-blocked" data-testid="close-blocked" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">{tClose("empty")}</p>
          ) : null}
          <CloseForm
            action={closeEventAction}
            eventId={event.id}
            label={tClose("submit")}
            pendingLabel={tCommon("pending")}
            blockedId={missing.length > 0 || activeItems.length === 0 ? "close-blocked" : undefined}
          />
        </section>
      ) : null}

      <HistorySection event={event} />

      {actions.amend ? (
        <section id="tambah" aria-labelledby="amend-title" className={`${panel} border-amber-300`}>
          <h2 id="amend-title" className="text-lg font-semibold text-slate-900">{tAmend("heading")}</h2>
          <p className="text-sm text-slate-700">{tAmend("hint")}</p>
          <AmendForm
            action={amendEventAction}
            eventId={event.id}
            labels={{ ...labels, reason: tAmend("reason"), reasonHint: tAmend("reasonHint"), void: tAmend("void"), voidHint: tAmend("voidHint"), addHeading: tAmend("addHeading"), addHint: tAmend("addHint"), submit: tAmend("submit"), pending: tCommon("pending") }}
            voidable={activeItems.map((i) => ({ id: i.id, label: `${i.description} (${formatIdr(i.amountIdr)})` }))}
            categories={categories}
            searchFormId={searchFormId}
            query={cari}
            results={results}
            search={searchBusinessesAction}
          />
        </section>
      ) : null}

      {event.linkedRequests.length > 0 ? (
        <section aria-labelledby="linked-title" className="space-y-2">
          <h2 id="linked-title" className="text-lg font-semibold text-slate-900">{t("linkedRequests")}</h2>
          <p className="text-sm text-slate-600">{t("linkedHint")}</p>
          <ul className="flex flex-wrap gap-3">
            {event.linkedRequests.map((r) => (
              <li key={r.id}>
                <Link href={`/permintaan/${r.id}`} className="text-emerald-800 underline underline-offset-4">{r.number}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
