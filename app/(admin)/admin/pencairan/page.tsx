import Link from "next/link";
import { forbidden } from "next/navigation";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { requireViewer } from "@/app/_lib/require-viewer";
import { PayoutAccountDetails } from "@/components/payments/payout-account";
import { ActionForm } from "@/components/seller/action-form";
import { EmptyState } from "@/components/ui/empty-state";
import { HomeTitle } from "@/components/ui/home-title";
import { StatTile } from "@/components/ui/stat-tile";
import { regionsWhere } from "@/lib/auth/scopes";
import { witaDate, formatWita, witaYear } from "@/lib/domain/time/wita";
import { formatIdr } from "@/lib/domain/money/rupiah";
import { listPayoutQueue, payoutClock } from "@/lib/services/payments";
import { recordPayoutAction } from "@/lib/actions/payments/record-payout";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("payments.payouts"))("metaTitle") };
}

/** Card money that reached the platform and still has to reach the seller; the oldest wait first. */
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PayoutQueuePage({ searchParams }: Props) {
  const current = await requireViewer("/admin/pencairan");
  if (regionsWhere(current, "payout.record").length === 0) forbidden();
  const year = witaYear(new Date());
  const [queue, clock, t, tc, locale] = await Promise.all([
    listPayoutQueue(current), payoutClock(current, { fiscalYear: year }), getTranslations("payments.payouts"), getTranslations("payments.common"), getLocale(),
  ]);
  const rows = [...queue].sort((a, b) => b.ageDays - a.ageDays);
  const days = (v: number | null) => (v === null ? tc("none") : tc("days", { count: v }));
  const today = witaDate(new Date());
  const recorded = (await searchParams).dicairkan !== undefined;

  return (
    <section data-testid="payout-queue" aria-labelledby="home-title" className="space-y-6">
      <HomeTitle lead={t("lead")}>{t("title")}</HomeTitle>
      {recorded ? (
        <p role="status" data-testid="payout-recorded" className="rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">{t("recorded")}</p>
      ) : null}
      <section aria-labelledby="platform-clock-title" data-testid="platform-clock" className="space-y-2">
        <h2 id="platform-clock-title" className="text-lg font-semibold text-slate-900">{t("clockTitle", { year })}</h2>
        <p className="text-sm text-slate-700">{t("clockLead")}</p>
        {/* The fiscal year's card payments (not only today's queue): how long sellers waited, and wait now. */}
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5">
          <StatTile label={t("median")} value={<span data-testid="platform-clock-median">{days(clock.medianDays)}</span>} />
          <StatTile label={t("p90")} value={<span data-testid="platform-clock-p90">{days(clock.p90Days)}</span>} />
          <StatTile label={t("disbursedCount")} value={<span data-testid="platform-clock-disbursed">{clock.disbursedCount}</span>} />
          <StatTile label={t("waiting")} value={<span data-testid="platform-clock-waiting">{clock.waitingCount}</span>} />
          <StatTile label={t("oldest")} value={<span data-testid="platform-clock-oldest">{days(clock.oldestWaitDays)}</span>} />
        </dl>
      </section>
      <section aria-labelledby="payouts-title" className="space-y-3">
        <h2 id="payouts-title" className="text-lg font-semibold text-slate-900">{t("queueTitle", { count: rows.length })}</h2>
        {rows.length === 0 ? <EmptyState>{t("empty")}</EmptyState> : null}
        <ul className="space-y-3">
          {rows.map((r) => (
            <li key={r.paymentId} data-testid="payout-row" data-payment-id={r.paymentId} className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 lg:grid-cols-2">
              <div className="space-y-2">
                <div className="flex flex-wrap items-center gap-2">
                  <Link href={`/pesanan/${r.orderId}`} className="break-all text-lg font-semibold text-emerald-800 underline underline-offset-4">{r.orderNumber}</Link>
                  <span className="ml-auto font-semibold tabular-nums">{formatIdr(r.amountIdr)}</span>
                </div>
                <p className="text-sm text-slate-700">
                  {t("paidAt", { date: formatWita(r.paidAt, locale) })} · <span data-testid="payout-age">{t("age", { count: r.ageDays })}</span>
                </p>
                <p className="font-semibold text-slate-900">{r.business.name}</p>
                <PayoutAccountDetails account={r.business} />
                {r.business.stripeAccountId ? <p className="break-all text-sm text-slate-700">{t("stripeAccount", { id: r.business.stripeAccountId })}</p> : null}
              </div>
              <ActionForm
                action={recordPayoutAction}
                testId="payout-form"
                idPrefix={`payout-${r.paymentId}`}
                hidden={{ paymentId: r.paymentId, orderId: r.orderId }}
                fields={[
                  {
                    name: "method",
                    label: t("method"),
                    type: "select",
                    required: true,
                    defaultValue: "bank_transfer",
                    options: [
                      { value: "bank_transfer", label: t("methods.bank_transfer") },
                      ...(r.business.stripeAccountId ? [{ value: "stripe_transfer", label: t("methods.stripe_transfer") }] : []),
                    ],
                  },
                  // Not `required` in HTML: a Stripe Connect transfer records its own id; the schema requires it for banks.
                  { name: "reference", label: t("reference"), hint: r.business.stripeAccountId ? t("referenceHint") : undefined, required: !r.business.stripeAccountId, autoComplete: "off" },
                  { name: "disbursedAt", label: t("disbursedAt"), type: "date", required: true, defaultValue: today },
                ]}
                submitLabel={t("submit")}
                pendingLabel={tc("pending")}
              />
            </li>
          ))}
        </ul>
      </section>
    </section>
  );
}
