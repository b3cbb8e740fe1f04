import { forbidden } from "next/navigation";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { requireViewer } from "@/app/_lib/require-viewer";
import { OverdueList } from "@/components/payments/overdue-list";
import { PaymentClockTable } from "@/components/payments/payment-clock-table";
import { FiscalYearSelect, yearFrom, yearOptions } from "@/components/procurement/compliance-summary-table";
import { HomeTitle } from "@/components/ui/home-title";
import { AppError } from "@/lib/errors";
import { witaYear } from "@/lib/domain/time/wita";
import { paymentClock } from "@/lib/services/payments";
import { exportHref } from "@/components/audit/export-href";
import { PaymentAgeChart } from "@/components/charts/payment-age-chart";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("payments.audit"))("metaTitle") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The auditor's payment clock: days BAST → paid per OPD for the fiscal year, and every overdue order. */
export default async function AuditPaymentClockPage({ searchParams }: { searchParams: SearchParams }) {
  const current = await requireViewer("/audit/pembayaran");
  const thisYear = witaYear(new Date());
  const year = yearFrom((await searchParams).tahun, thisYear);
  const clock = await paymentClock(current, { fiscalYear: year }).catch((error: unknown) => {
    if (error instanceof AppError && (error.code === "forbidden" || error.code === "unauthenticated")) forbidden();
    throw error;
  });
  const [t, tc, locale] = await Promise.all([getTranslations("payments.audit"), getTranslations("charts"), getLocale()]);
  return (
    <section data-testid="audit-payment-clock" aria-labelledby="home-title" className="space-y-6">
      <HomeTitle lead={t("lead", { days: clock.maxDaysToPay })}>{t("title")}</HomeTitle>
      <FiscalYearSelect action="/audit/pembayaran" year={year} years={yearOptions(thisYear)} />
      <h2 id="clock-table-title" className="text-lg font-semibold text-slate-900">{t("clockTitle", { year })}</h2>
      <PaymentClockTable clock={clock} headingId="clock-table-title" />
      <PaymentAgeChart clock={clock} series="paid" />
      <PaymentAgeChart clock={clock} series="open" />
      <p>
        <a href={exportHref("payment-clock.csv", { fiscalYear: year }, locale)} data-testid="download-payment-clock-csv" className="inline-flex min-h-11 items-center rounded-md border border-slate-400 bg-white px-4 font-semibold text-emerald-800 underline underline-offset-4 hover:bg-slate-50">{t("downloadCsv", { year })}</a>
        {" "}
        <a href={exportHref("payment-clock.xlsx", { fiscalYear: year }, locale)} data-testid="download-payment-clock-xlsx" className="inline-flex min-h-11 items-center rounded-md border border-slate-400 bg-white px-4 font-semibold text-emerald-800 underline underline-offset-4 hover:bg-slate-50">{tc("xlsxPaymentClock", { year })}</a>
      </p>
      <h2 id="overdue-title" className="text-lg font-semibold text-slate-900">{t("overdueTitle", { count: clock.overdue.length })}</h2>
      <OverdueList overdue={clock.overdue} headingId="overdue-title" />
    </section>
  );
}
