import { forbidden } from "next/navigation";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { requireViewer } from "@/app/_lib/require-viewer";
import { EventListTable } from "@/components/events/event-list-table";
import { OpdEventSummary } from "@/components/events/opd-event-summary";
import { yearFrom, yearOptions } from "@/components/procurement/compliance-summary-table";
import { loadOrRespond } from "@/components/procurement/load";
import { EmptyState } from "@/components/ui/empty-state";
import { HomeTitle } from "@/components/ui/home-title";
import { regionsWhere } from "@/lib/auth/scopes";
import { witaYear } from "@/lib/domain/time/wita";
import { listEvents, type EventListFilter } from "@/lib/services/events";
import { exportHref } from "@/components/audit/export-href";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("events.audit"))("metaTitle") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";
const day = (v: string) => (/^\d{4}-\d{2}-\d{2}$/.test(v) ? v : undefined);
const pick = <T extends string>(v: string, allowed: readonly T[]) => (allowed as readonly string[]).includes(v) ? (v as T) : undefined;
const control = "block min-h-11 w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900";

/**
 * Region-wide list of events for auditors and admins: by OPD, period (WITA dates), status and compliance,
 * with a totals row and a link to each printable report. The filter is a GET form (bookmarkable, no JS).
 */
export default async function AuditEventsPage({ searchParams }: { searchParams: SearchParams }) {
  const current = await requireViewer("/audit/kegiatan");
  if (regionsWhere(current, "event.read").length === 0) forbidden();
  const q = await searchParams;
  const thisYear = witaYear(new Date());
  const year = yearFrom(q.tahun, thisYear);
  const ofYear = await loadOrRespond(() => listEvents(current, { fiscalYear: year }));
  const opds = [...new Map(ofYear.map((e) => [e.opd.id, e.opd])).values()].sort((a, b) => a.name.localeCompare(b.name));
  const filter: EventListFilter = {
    fiscalYear: year,
    opdId: opds.find((o) => o.id === one(q.opd))?.id,
    status: pick(one(q.status), ["open", "closed"] as const),
    compliance: pick(one(q.kepatuhan), ["meets", "below", "empty"] as const),
    from: day(one(q.dari)),
    to: day(one(q.sampai)),
  };
  // The OPD links keep the other filters.
  const currentQuery = Object.fromEntries(
    Object.entries({ tahun: String(year), status: filter.status, kepatuhan: filter.compliance, dari: filter.from, sampai: filter.to }).filter((e): e is [string, string] => Boolean(e[1])),
  );
  // The download carries exactly the filters shown, under the API's parameter names, and the page's language.
  const exportParams = { fiscalYear: year, opdId: filter.opdId, status: filter.status, compliance: filter.compliance, from: filter.from, to: filter.to };
  const filtered = filter.opdId || filter.status || filter.compliance || filter.from || filter.to;
  const events = filtered ? await loadOrRespond(() => listEvents(current, filter)) : ofYear;
  const [t, ts, tcs, tc, locale] = await Promise.all([getTranslations("events.audit"), getTranslations("events.status"), getTranslations("events.complianceState"), getTranslations("charts"), getLocale()]);
  const field = (id: string, label: string, input: React.ReactNode) => (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-semibold text-slate-800">{label}</label>
      {input}
    </div>
  );

  return (
    <section data-testid="audit-events-page" aria-labelledby="home-title" className="space-y-6">
      <HomeTitle lead={t("lead")}>{t("title")}</HomeTitle>
      <form method="get" action="/audit/kegiatan" data-testid="audit-events-filter" className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-3 lg:grid-cols-6">
        {field("tahun", t("fiscalYear"), (
          <select id="tahun" name="tahun" defaultValue={String(year)} className={control}>
            {yearOptions(thisYear).map((y) => <option key={y} value={y}>{y}</option>)}
          </select>
        ))}
        {field("opd", t("opd"), (
          <select id="opd" name="opd" defaultValue={filter.opdId ?? ""} data-testid="filter-opd" className={control}>
            <option value="">{t("allOpds")}</option>
            {opds.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
          </select>
        ))}
        {field("dari", t("from"), <input id="dari" name="dari" type="date" defaultValue={filter.from ?? ""} className={control} />)}
        {field("sampai", t("to"), <input id="sampai" name="sampai" type="date" defaultValue={filter.to ?? ""} className={control} />)}
        {field("status", t("status"), (
          <select id="status" name="status" defaultValue={filter.status ?? ""} data-testid="filter-status" className={control}>
            <option value="">{t("all")}</option>
            <option value="open">{ts("open")}</option>
            <option value="closed">{ts("closed")}</option>
          </select>
        ))}
        {field("kepatuhan", t("compliance"), (
          <select id="kepatuhan" name="kepatuhan" defaultValue={filter.compliance ?? ""} data-testid="filter-compliance" className={control}>
            <option value="">{t("all")}</option>
            {(["meets", "below", "empty"] as const).map((c) => <option key={c} value={c}>{tcs(c)}</option>)}
          </select>
        ))}
        <div className="sm:col-span-3 lg:col-span-6">
          <button type="submit" data-testid="filter-submit" className="min-h-11 w-full rounded-md border border-slate-400 bg-white px-4 font-semibold text-slate-900 hover:bg-slate-50 sm:w-auto">
            {t("show")}
          </button>
        </div>
      </form>
      <p>
        <a href={exportHref("events.csv", exportParams, locale)} data-testid="download-events-csv" className="inline-flex min-h-11 items-center rounded-md border border-slate-400 bg-white px-4 font-semibold text-emerald-800 underline underline-offset-4 hover:bg-slate-50">{t("downloadCsv")}</a>
        {" "}
        <a href={exportHref("events.xlsx", exportParams, locale)} data-testid="download-events-xlsx" className="inline-flex min-h-11 items-center rounded-md border border-slate-400 bg-white px-4 font-semibold text-emerald-800 underline underline-offset-4 hover:bg-slate-50">{tc("xlsxEvents")}</a>
      </p>
      {events.length > 0 ? (
        <section aria-labelledby="audit-opd-title" className="space-y-2">
          <h2 id="audit-opd-title" className="text-lg font-semibold text-slate-900">{t("byOpd")}</h2>
          <OpdEventSummary
            events={events}
            headingId="audit-opd-title"
            linkFor={(opdId) => `/audit/kegiatan?${new URLSearchParams({ ...currentQuery, opd: opdId }).toString()}`}
          />
        </section>
      ) : null}
      <h2 id="audit-events-title" className="text-lg font-semibold text-slate-900">{t("heading", { count: events.length })}</h2>
      {events.length === 0 ? <EmptyState>{t("empty")}</EmptyState> : <EventListTable events={events} headingId="audit-events-title" variant="audit" />}
    </section>
  );
}
