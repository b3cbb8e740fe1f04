import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { requireViewer } from "@/app/_lib/require-viewer";
import { CompliancePanel } from "@/components/events/compliance-panel";
import { ItemBadges } from "@/components/events/event-badges";
import { EventFacts } from "@/components/events/event-facts";
import { EvidenceList } from "@/components/events/evidence-list";
import { HistorySection } from "@/components/events/history-section";
import { SupplierLine } from "@/components/events/items-section";
import { loadOrRespond } from "@/components/procurement/load";
import { PrintDocument } from "@/components/procurement/print-document";
import { RowTh, ScrollTable, Td, Th, TotalTr, Tr } from "@/components/ui/table";
import { opdsWhere } from "@/lib/auth/scopes";
import { EVENT_ITEM_CATEGORIES } from "@/lib/domain/events/event-compliance";
import { formatWita } from "@/lib/domain/time/wita";
import { formatIdr } from "@/lib/domain/money/rupiah";
import { getEvent } from "@/lib/services/events";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("events.report"))("metaTitle") };
}

// Photos stay whole on a page and the item table keeps its header on every printed page.
const REPORT_PRINT_CSS = `@media print {
  [data-testid="event-report"] img { max-height: 110mm; }
  [data-testid="event-report"] li, [data-testid="event-report"] tr { break-inside: avoid; }
  [data-testid="event-report"] thead { display: table-header-group; }
  [data-testid="event-report"] [data-scroll-table] { overflow: visible !important; }
  [data-testid="event-report"] a { color: inherit; text-decoration: none; }
}`;

/**
 * The printable report of one event (A4): OPD, data, the local shares and findings, every item, evidence
 * photos (PDF evidence as a link), and the frozen original beside each amendment. Readable by the
 * organizing OPD and by region auditors/admins (the service decides).
 */
export default async function EventReportPage({ params }: Props) {
  const { id } = await params;
  const current = await requireViewer(`/kegiatan/${id}/laporan`);
  const event = await loadOrRespond(() => getEvent(current, id));
  const [t, ti, tc, locale] = await Promise.all([getTranslations("events.report"), getTranslations("events.items"), getTranslations("events.category"), getLocale()]);
  const isOwnOpd = opdsWhere(current, "event.read").includes(event.opd.id);
  const items = [...event.items].sort((a, b) => EVENT_ITEM_CATEGORIES.indexOf(a.category) - EVENT_ITEM_CATEGORIES.indexOf(b.category));
  const withEvidence = items.filter((i) => i.evidence.length > 0);

  return (
    <PrintDocument
      printLabel={t("print")}
      backHref={isOwnOpd ? `/kegiatan/${event.id}` : "/audit/kegiatan"}
      backLabel={isOwnOpd ? t("back") : t("backAudit")}
      testId="event-report"
    >
      <style>{REPORT_PRINT_CSS}</style>
      <header className="space-y-1 border-b border-slate-300 pb-4">
        <p className="text-sm font-semibold uppercase tracking-wide text-slate-600">{event.opd.name}</p>
        <h1 id="home-title" data-testid="home-title" className="text-xl font-bold text-slate-900 sm:text-2xl">{t("title")}</h1>
        <p className="text-lg font-semibold text-slate-900" data-testid="report-event-title">{event.title}</p>
        <p className="text-xs text-slate-600">{t("printedAt", { at: formatWita(new Date(), locale) })}</p>
      </header>
      {event.isOpen ? (
        <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">{t("openWarning")}</p>
      ) : null}

      <EventFacts event={event} />
      <CompliancePanel compliance={event.compliance} headingId="report-compliance" />

      <section aria-labelledby="report-items" className="space-y-2">
        <h2 id="report-items" className="text-lg font-semibold text-slate-900">{t("items")}</h2>
        <ScrollTable labelledBy="report-items" hint={(await getTranslations("events.common"))("scrollHint")}>
          <thead>
            <tr>
              <Th sticky>{ti("description")}</Th>
              <Th>{ti("supplier")}</Th>
              <Th>{ti("status")}</Th>
              <Th numeric>{ti("amount")}</Th>
            </tr>
          </thead>
          <tbody>
            {items.map((i) => (
              <Tr key={i.id}>
                <RowTh>
                  <span className={`block ${i.voidedByAmendmentId ? "line-through" : ""}`}>{i.description}</span>
                  <span className="block text-xs font-normal text-slate-600">{tc(i.category)}</span>
                </RowTh>
                <Td><SupplierLine item={i} /></Td>
                <Td><ItemBadges item={i} /></Td>
                <Td numeric>{formatIdr(i.amountIdr)}</Td>
              </Tr>
            ))}
            <TotalTr>
              <RowTh>{(await getTranslations("events.common"))("total")}</RowTh>
              <Td>{null}</Td>
              <Td>{null}</Td>
              <Td numeric>{formatIdr(event.compliance.totalIdr)}</Td>
            </TotalTr>
          </tbody>
        </ScrollTable>
      </section>

      <section aria-labelledby="report-evidence" className="space-y-3" data-testid="report-evidence">
        <h2 id="report-evidence" className="text-lg font-semibold text-slate-900">{t("evidence")}</h2>
        {withEvidence.length === 0 ? <p className="text-sm text-slate-700">{t("noEvidence")}</p> : null}
        {withEvidence.map((i) => (
          <div key={i.id} className="space-y-2 break-inside-avoid">
            <h3 className="font-semibold text-slate-900 break-words">{i.description} · {formatIdr(i.amountIdr)}</h3>
            <EvidenceList item={i} large />
          </div>
        ))}
      </section>

      {event.closedReport ? (
        <>
          <CompliancePanel compliance={event.closedReport.compliance} headingId="report-original" heading={t("original")} compact />
          <HistorySection event={event} />
        </>
      ) : null}
      {event.closedReport && event.amendments.length === 0 ? <p className="text-sm text-slate-700">{t("noAmendments")}</p> : null}
      {event.closedAt ? <p className="text-sm text-slate-700">{t("closedAt", { at: formatWita(event.closedAt, locale) })}</p> : null}
    </PrintDocument>
  );
}
