import Link from "next/link";
import { forbidden, redirect } from "next/navigation";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireViewer } from "@/app/_lib/require-viewer";
import { EventListTable } from "@/components/events/event-list-table";
import { FiscalYearSelect, yearFrom, yearOptions } from "@/components/procurement/compliance-summary-table";
import { EmptyState } from "@/components/ui/empty-state";
import { HomeTitle } from "@/components/ui/home-title";
import { opdsWhere, regionsWhere } from "@/lib/auth/scopes";
import { witaYear } from "@/lib/domain/time/wita";
import { listEvents } from "@/lib/services/events";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("events.list"))("metaTitle") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The events of the viewer's own OPD(s) for a fiscal year; region-wide readers belong on the audit list. */
export default async function EventsPage({ searchParams }: { searchParams: SearchParams }) {
  const current = await requireViewer("/kegiatan");
  if (opdsWhere(current, "event.read").length === 0) {
    if (regionsWhere(current, "event.read").length > 0) redirect("/audit/kegiatan");
    forbidden();
  }
  const thisYear = witaYear(new Date());
  const year = yearFrom((await searchParams).tahun, thisYear);
  const events = await listEvents(current, { fiscalYear: year });
  const t = await getTranslations("events.list");
  const mayCreate = opdsWhere(current, "event.write").length > 0;
  return (
    <section data-testid="events-page" aria-labelledby="home-title" className="space-y-6">
      <HomeTitle lead={t("lead")}>{t("title")}</HomeTitle>
      {mayCreate ? (
        <p>
          <Link href="/kegiatan/baru" data-testid="new-event-link" className="inline-flex min-h-11 items-center rounded-md bg-emerald-800 px-4 font-semibold text-white hover:bg-emerald-900">
            {t("new")}
          </Link>
        </p>
      ) : null}
      <FiscalYearSelect action="/kegiatan" year={year} years={yearOptions(thisYear)} />
      <h2 id="events-title" className="text-lg font-semibold text-slate-900">{t("heading", { year })}</h2>
      {events.length === 0 ? <EmptyState>{t("empty")}</EmptyState> : <EventListTable events={events} headingId="events-title" variant="buyer" />}
    </section>
  );
}
