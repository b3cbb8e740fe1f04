import { getLocale, getTranslations } from "next-intl/server";
import { BarChart } from "@/components/charts/bar-chart";
import { formatCount } from "@/lib/domain/money/rupiah";
import type { PaymentClockView } from "@/lib/validation/views/payments";

/**
 * The payment-age distribution from the clock: paid invoices by days BAST → paid, or orders still owing by their age
 * today, in buckets cut at the policy's limit; late buckets are red.
 */
export async function PaymentAgeChart({ clock, series }: { clock: Pick<PaymentClockView, "ageBuckets" | "maxDaysToPay">; series: "paid" | "open" }) {
  const [t, locale] = await Promise.all([getTranslations("charts"), getLocale()]);
  const total = clock.ageBuckets.reduce((s, b) => s + b[series], 0);
  const testId = `payment-age-${series}-chart`;
  if (total === 0) return <p className="text-sm text-slate-600" data-testid={`${testId}-empty`}>{t("noPayments")}</p>;
  return (
    <BarChart
      testId={testId}
      title={t(series === "paid" ? "paidAgeTitle" : "openAgeTitle", { days: clock.maxDaysToPay })}
      tableLabel={t("showTable", { title: t(series === "paid" ? "paidAgeTitle" : "openAgeTitle", { days: clock.maxDaysToPay }) })}
      labelHeader={t("ageBucket")}
      valueHeader={t("count")}
      bars={clock.ageBuckets.map((b) => ({
        label: b.toDays === null ? t("ageFrom", { days: b.fromDays - 1 }) : t("ageRange", { from: b.fromDays, to: b.toDays }),
        value: b[series],
        isAlert: b.isLate,
      }))}
      format={(v) => formatCount(v, locale)}
    />
  );
}
