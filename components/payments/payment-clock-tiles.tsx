import { getTranslations } from "next-intl/server";
import { StatTile } from "@/components/ui/stat-tile";
import type { PaymentClockOpdRow } from "@/lib/validation/views/payments";

/** One office's payment clock as four figures: median and p90 days BAST → paid, paid count, overdue count. */
export async function PaymentClockTiles({ row, fiscalYear, maxDaysToPay }: { row: PaymentClockOpdRow | undefined; fiscalYear: number; maxDaysToPay: number }) {
  const [t, tc] = await Promise.all([getTranslations("payments.clock"), getTranslations("payments.common")]);
  const days = (v: number | null | undefined) => (v === null || v === undefined ? tc("none") : tc("days", { count: v }));
  return (
    <section aria-labelledby="payment-clock-title" data-testid="payment-clock" data-opd-id={row?.opdId} className="space-y-2">
      <h2 id="payment-clock-title" className="text-lg font-semibold text-slate-900">{t("title", { year: fiscalYear })}</h2>
      <p className="text-sm text-slate-700">{t("lead", { days: maxDaysToPay })}</p>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        <StatTile label={t("median")} value={<span data-testid="clock-median">{days(row?.medianDays)}</span>} />
        <StatTile label={t("p90")} value={<span data-testid="clock-p90">{days(row?.p90Days)}</span>} />
        <StatTile label={t("paidCount")} value={<span data-testid="clock-paid">{row?.paidCount ?? 0}</span>} />
        <StatTile label={t("overdueCount")} value={<span data-testid="clock-overdue">{row?.overdueCount ?? 0}</span>} />
      </dl>
    </section>
  );
}
