import Link from "next/link";
import { forbidden } from "next/navigation";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { requireViewer } from "@/app/_lib/require-viewer";
import { PaymentClockTiles } from "@/components/payments/payment-clock-tiles";
import { PaymentAgeChart } from "@/components/charts/payment-age-chart";
import { PayoutAccountDetails } from "@/components/payments/payout-account";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { HomeTitle } from "@/components/ui/home-title";
import { opdsWhere } from "@/lib/auth/scopes";
import { witaYear, formatWita } from "@/lib/domain/time/wita";
import { formatIdr } from "@/lib/domain/money/rupiah";
import { listTreasuryQueue, paymentClock } from "@/lib/services/payments";
import { WaitingCount } from "@/components/layout/waiting-count";
import { countWaitingWork } from "@/lib/services/dashboards/count-waiting-work";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("payments.treasury"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** The treasurer's work: received orders of their office awaiting payment, oldest BAST first, late ones flagged. */
export default async function TreasuryQueuePage({ searchParams }: Props) {
  const current = await requireViewer("/bendahara");
  const opdIds = opdsWhere(current, "payment.record");
  if (opdIds.length === 0) forbidden();
  const query = await searchParams;
  const asked = one(query.opd);
  const opdId = asked && opdIds.includes(asked) ? asked : opdIds[0]!;
  const fiscalYear = witaYear(new Date());
  const [queue, waiting, clock, t, locale] = await Promise.all([
    listTreasuryQueue(current, { opdId }),
    countWaitingWork(current),
    // A treasurer of several offices gets every office's row (for the picker); one office, just that row.
    paymentClock(current, opdIds.length > 1 ? { fiscalYear } : { fiscalYear, opdId }),
    getTranslations("payments.treasury"),
    getLocale(),
  ]);
  const rows = [...queue].sort((a, b) => a.oldestBastAt.localeCompare(b.oldestBastAt));
  const paidNumber = one(query.dibayar);
  const offices = clock.opds.filter((o) => opdIds.includes(o.opdId));

  return (
    <section data-testid="treasury-queue" aria-labelledby="home-title" className="space-y-6">
      {/* The heading counts every office's queue (as the header link does); the list below shows the chosen office. */}
      <HomeTitle lead={t("lead", { days: clock.maxDaysToPay })}>
        {t("title")}
        <WaitingCount count={waiting.payments ?? 0} testId="home-waiting" />
      </HomeTitle>
      <p className="font-medium text-slate-900">{t("waiting", { count: waiting.payments ?? 0 })}</p>
      {paidNumber !== undefined ? (
        <p role="status" data-testid="payment-recorded" className="rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          {paidNumber ? t("paidNotice", { number: paidNumber }) : t("paidNoticeGeneric")}
        </p>
      ) : null}

      {offices.length > 1 ? (
        <form method="get" action="/bendahara" className="flex flex-wrap items-end gap-2" data-testid="treasury-opd-form">
          <div className="space-y-1">
            <label htmlFor="opd" className="block text-sm font-semibold text-slate-800">{t("opd")}</label>
            <select id="opd" name="opd" defaultValue={opdId} className="block min-h-11 max-w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base">
              {offices.map((o) => (
                <option key={o.opdId} value={o.opdId}>{o.name}</option>
              ))}
            </select>
          </div>
          <button type="submit" className="min-h-11 rounded-md border border-slate-400 bg-white px-4 font-semibold text-slate-900 hover:bg-slate-50">{t("show")}</button>
        </form>
      ) : null}

      <PaymentClockTiles row={clock.opds.find((o) => o.opdId === opdId)} fiscalYear={fiscalYear} maxDaysToPay={clock.maxDaysToPay} />
      {/* How old what the office(s) still owe is, against the limit: the queue below lists the same orders. */}
      <PaymentAgeChart clock={clock} series="open" />

      <section aria-labelledby="queue-title" className="space-y-3">
        <h2 id="queue-title" className="text-lg font-semibold text-slate-900">{t("queueTitle", { count: rows.length })}</h2>
        {rows.length === 0 ? <EmptyState>{t("empty")}</EmptyState> : null}
        <ul className="space-y-3">
          {rows.map((r) => (
            <li
              key={r.orderId}
              data-testid="treasury-row"
              data-order-id={r.orderId}
              data-overdue={r.overdue}
              className={`space-y-3 rounded-lg border bg-white p-4 ${r.overdue ? "border-red-400 ring-1 ring-red-300" : "border-slate-200"}`}
            >
              <div className="flex flex-wrap items-center gap-2">
                <Link href={`/bendahara/${r.orderId}`} data-testid="treasury-open" className="text-lg font-semibold text-emerald-800 underline underline-offset-4">
                  {r.orderNumber}
                </Link>
                {r.overdue ? (
                  <span data-testid="treasury-overdue">
                    <Badge tone="danger">{t("overdue")}</Badge>
                  </span>
                ) : null}
                {r.pendingCardPayment ? <Badge tone="info">{t("pendingCard")}</Badge> : null}
                {r.payoutAccountMissing ? (
                  <span data-testid="treasury-no-account">
                    <Badge tone="warning">{t("noPayoutAccount")}</Badge>
                  </span>
                ) : null}
                <span className="ml-auto text-right">
                  <span className="block text-xs text-slate-600">{t("outstanding")}</span>
                  <span data-testid="treasury-outstanding" data-amount={r.outstandingIdr} className="font-semibold tabular-nums">{formatIdr(r.outstandingIdr)}</span>
                </span>
              </div>
              <p className={`text-sm ${r.overdue ? "font-semibold text-red-800" : "text-slate-700"}`}>
                <span data-testid="treasury-age" data-days={r.ageDays}>{t("age", { count: r.ageDays })}</span>
                {" · "}
                {t("bastAt", { date: formatWita(r.oldestBastAt, locale) })}
              </p>
              <div className="grid gap-3 sm:grid-cols-2">
                <div className="space-y-1">
                  <p className="text-sm text-slate-600">{t("seller")}</p>
                  <p className="font-semibold text-slate-900">{r.business.name}</p>
                  <PayoutAccountDetails account={r.business} />
                </div>
                <div className="space-y-1">
                  <p className="text-sm text-slate-600">{t("invoices")}</p>
                  <ul className="space-y-1 text-sm">
                    {r.invoices.map((inv) => (
                      <li key={inv.id} className="flex flex-wrap gap-x-2">
                        <Link href={`/pesanan/${r.orderId}/faktur/${inv.id}`} data-testid="treasury-invoice" className="break-all text-emerald-800 underline underline-offset-4">
                          {inv.number}
                        </Link>
                        <span className="tabular-nums text-slate-700">{formatIdr(inv.amountIdr)}</span>
                      </li>
                    ))}
                  </ul>
                </div>
              </div>
              <p>
                <Link href={`/bendahara/${r.orderId}`} data-testid="treasury-pay" className="inline-flex min-h-11 items-center rounded-md bg-emerald-800 px-4 font-semibold text-white hover:bg-emerald-900">
                  {t("pay")}
                  <span className="sr-only"> {r.orderNumber}</span>
                </Link>
              </p>
            </li>
          ))}
        </ul>
      </section>
    </section>
  );
}
