import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PaymentClockTable } from "@/components/payments/payment-clock-table";
import { PaymentAgeChart } from "@/components/charts/payment-age-chart";
import { FiscalYearSelect, yearFrom, yearOptions } from "@/components/procurement/compliance-summary-table";
import { EmptyState } from "@/components/ui/empty-state";
import { HomeTitle } from "@/components/ui/home-title";
import { OpenDataSection } from "@/components/ocds/open-data-section";
import { witaYear } from "@/lib/domain/time/wita";
import { paymentClock, payoutClock } from "@/lib/services/payments";
import { ExposureShares } from "@/components/exposure/exposure-shares";
import { getExposureShares } from "@/lib/services/exposure/get-exposure-shares";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("payments.transparency"))("metaTitle") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * Public, no sign-in: how many days each office takes to pay small businesses. The service's public view
 * returns per-office figures only (no orders, sellers or people), and this page shows nothing else.
 */
export default async function PaymentTransparencyPage({ searchParams }: { searchParams: SearchParams }) {
  const thisYear = witaYear(new Date());
  const year = yearFrom((await searchParams).tahun, thisYear);
  const [clock, platform, shares, t, tc] = await Promise.all([
    paymentClock(null, { fiscalYear: year, publicView: true }),
    payoutClock(null, { fiscalYear: year, publicView: true }),
    getExposureShares(),
    getTranslations("payments.transparency"),
    getTranslations("payments.common"),
  ]);
  const days = (v: number | null) => (v === null ? tc("none") : tc("days", { count: v }));
  const hasData = clock.opds.some((o) => o.paidCount > 0 || o.openCount > 0);
  return (
    <section data-testid="payment-transparency" aria-labelledby="home-title" className="space-y-6">
      <HomeTitle lead={t("lead", { year, days: clock.maxDaysToPay })}>{t("title")}</HomeTitle>
      <FiscalYearSelect action="/transparansi" year={year} years={yearOptions(thisYear)} />
      <h2 id="transparency-table-title" className="text-lg font-semibold text-slate-900">{t("tableTitle")}</h2>
      {hasData ? null : <EmptyState>{t("empty")}</EmptyState>}
      <PaymentClockTable clock={{ ...clock, overdue: [] }} headingId="transparency-table-title" showOpen={false} />
      {/* Counts per bucket only, as the public view's table: no orders, sellers or people. */}
      <PaymentAgeChart clock={clock} series="paid" />
      <p className="max-w-3xl text-sm text-slate-600">{t("explain")}</p>
      {/* The platform's own clock, one line for the whole platform: counts and days only. */}
      <section aria-labelledby="platform-clock-title" data-testid="transparency-platform-clock" className="max-w-3xl space-y-1">
        <h2 id="platform-clock-title" className="text-lg font-semibold text-slate-900">{t("platformTitle")}</h2>
        <p className="text-sm text-slate-700">
          {platform.disbursedCount + platform.waitingCount === 0
            ? t("platformEmpty", { year })
            : t("platformLine", { year, median: days(platform.medianDays), p90: days(platform.p90Days), disbursed: platform.disbursedCount, waiting: platform.waitingCount })}
        </p>
      </section>
      <OpenDataSection year={year} />
      <ExposureShares shares={shares} />
    </section>
  );
}
