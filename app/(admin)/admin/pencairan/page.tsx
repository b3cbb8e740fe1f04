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
import { witaDate } from "@/lib/domain/time/wita";
import { formatWita } from "@/lib/format/date";
import { formatIdr } from "@/lib/format/money";
import { listPayoutQueue } from "@/lib/services/payments";
import { recordPayoutAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("payments.payouts"))("metaTitle") };
}

const median = (values: number[]) => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2);
};

/** Card money that reached the platform and still has to reach the seller; the oldest wait first. */
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PayoutQueuePage({ searchParams }: Props) {
  const current = await requireViewer("/admin/pencairan");
  if (regionsWhere(current, "payout.record").length === 0) forbidden();
  const [queue, t, tc, locale] = await Promise.all([listPayoutQueue(current), getTranslations("payments.payouts"), getTranslations("payments.common"), getLocale()]);
  const rows = [...queue].sort((a, b) => b.ageDays - a.ageDays);
  const ages = rows.map((r) => r.ageDays);
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
        <h2 id="platform-clock-title" className="text-lg font-semibold text-slate-900">{t("clockTitle")}</h2>
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3">
          <StatTile label={t("waiting")} value={rows.length} />
          <StatTile label={t("oldest")} value={days(ages.length ? Math.max(...ages) : null)} />
          <StatTile label={t("median")} value={days(median(ages))} />
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
                  { name: "reference", label: t("reference"), required: true, autoComplete: "off" },
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
