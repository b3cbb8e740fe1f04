import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { requireViewer } from "@/app/_lib/require-viewer";
import { ComplianceSummaryTable, formatShare, yearFrom } from "@/components/procurement/compliance-summary-table";
import { EmptyState } from "@/components/ui/empty-state";
import { HomeTitle } from "@/components/ui/home-title";
import { AppError } from "@/lib/errors";
import { formatWita, witaYear } from "@/lib/domain/time/wita";
import { formatIdr } from "@/lib/domain/money/rupiah";
import { complianceSummary, listComplianceRequests } from "@/lib/services/procurement/compliance-summary";
import { exportHref } from "@/components/audit/export-href";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("procurement.audit"))("drillTitle") };
}

type Props = { params: Promise<{ opdId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** One OPD's year: its summary line, every request behind it, and the exceptions with their justifications. */
export default async function OpdCompliancePage({ params, searchParams }: Props) {
  const { opdId } = await params;
  const current = await requireViewer(`/audit/kepatuhan/${opdId}`);
  const year = yearFrom((await searchParams).tahun, witaYear(new Date()));
  if (!/^[0-9a-f-]{36}$/i.test(opdId)) notFound();
  const [summary, requests] = await Promise.all([
    complianceSummary(current, { fiscalYear: year, opdId }),
    listComplianceRequests(current, { fiscalYear: year, opdId }),
  ]).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "forbidden") forbidden();
    throw error;
  });
  const exceptions = requests.filter((r) => r.justificationCode !== null);
  const opd = summary.opds[0];
  if (!opd) notFound();
  const [t, tc, locale] = await Promise.all([getTranslations("procurement.audit"), getTranslations("procurement.compliance"), getLocale()]);
  return (
    <section data-testid="compliance-drilldown" aria-labelledby="home-title" className="space-y-6">
      <p>
        <Link href={`/audit/kepatuhan?tahun=${year}`} className="text-sm font-semibold text-emerald-800 underline underline-offset-4">{t("back")}</Link>
      </p>
      <HomeTitle lead={t("summaryTitle", { year })}>{opd.name}</HomeTitle>
      <h2 id="opd-summary" className="sr-only">{opd.name}</h2>
      <ComplianceSummaryTable summary={summary} headingId="opd-summary" />
      <p className="flex flex-wrap gap-3" data-testid="compliance-downloads">
        <a href={exportHref("compliance-summary.csv", { fiscalYear: year, opdId }, locale)} data-testid="download-summary-csv" className="inline-flex min-h-11 items-center rounded-md border border-slate-400 bg-white px-4 font-semibold text-emerald-800 underline underline-offset-4 hover:bg-slate-50">{t("downloadSummaryCsv", { year })}</a>
        <a href={exportHref("compliance-requests.csv", { fiscalYear: year, opdId }, locale)} data-testid="download-requests-csv" className="inline-flex min-h-11 items-center rounded-md border border-slate-400 bg-white px-4 font-semibold text-emerald-800 underline underline-offset-4 hover:bg-slate-50">{t("downloadRequestsCsv", { year })}</a>
      </p>
      <section aria-labelledby="requests-title" className="space-y-3">
        <h2 id="requests-title" className="text-lg font-semibold text-slate-900">{t("requestsTitle")}</h2>
        {requests.length === 0 ? (
          <EmptyState>{t("noRequests")}</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
            {requests.map((r) => (
              <li key={r.id} data-testid="drilldown-request" className="flex flex-wrap items-baseline gap-x-3 gap-y-1 p-3 text-sm">
                <Link href={`/permintaan/${r.id}`} className="font-semibold text-emerald-800 underline underline-offset-4">{r.number}</Link>
                <span className="min-w-0 flex-1 text-slate-800">{r.purpose}</span>
                {r.justificationCode ? <span className="rounded bg-amber-100 px-2 text-amber-950">{t("exceptionBadge")}</span> : null}
                <span className="tabular-nums">{t("ordered")}: {formatIdr(r.orderedIdr)}</span>
                <span className="tabular-nums">{t("umkShare")}: {formatShare(r.orderedIdr === 0 ? 0 : r.umkIdr / r.orderedIdr, locale)}</span>
                <span className="tabular-nums">{t("localShare")}: {formatShare(r.orderedIdr === 0 ? 0 : r.localIdr / r.orderedIdr, locale)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="exceptions-title" className="space-y-3">
        <h2 id="exceptions-title" className="text-lg font-semibold text-slate-900">{t("exceptionsTitle")}</h2>
        {exceptions.length === 0 ? (
          <EmptyState>{t("noExceptions")}</EmptyState>
        ) : (
          <ul className="space-y-2">
            {exceptions.map((e) => (
              <li key={e.id} data-testid="exception-item" className="space-y-1 rounded-lg border border-amber-300 bg-white p-4">
                <p className="flex flex-wrap items-baseline gap-2">
                  <Link href={`/permintaan/${e.id}`} className="font-semibold text-emerald-800 underline underline-offset-4">{e.number}</Link>
                  <span className="ml-auto tabular-nums">{formatIdr(e.orderedIdr)}</span>
                </p>
                <p className="text-sm text-slate-800">{e.purpose}</p>
                <p className="text-sm font-semibold text-amber-950">{e.justificationCode ? tc(`justificationCodes.${e.justificationCode}`) : null}</p>
                <p className="whitespace-pre-line text-sm text-slate-800">{e.justificationText}</p>
                {e.decidedAt ? <p className="text-xs text-slate-600">{t("approvedAt", { date: formatWita(e.decidedAt, locale) })}</p> : null}
              </li>
            ))}
          </ul>
        )}
      </section>
    </section>
  );
}
