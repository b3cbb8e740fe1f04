import Link from "next/link";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { requireViewer } from "@/app/_lib/require-viewer";
import { PaymentStatusBadge } from "@/components/payments/status-badges";
import { loadOrRespond } from "@/components/procurement/load";
import { formatIdr } from "@/lib/domain/money/rupiah";
import { formatWita } from "@/lib/domain/time/wita";
import { getOrderPayments } from "@/lib/services/payments";
import { getOrder } from "@/lib/services/procurement/get-order";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("payments.cardReturn"))("metaTitle") };
}

type Props = { params: Promise<{ orderId: string }> };

/**
 * Where Stripe sends the treasurer back. It only reads: the payment is recorded by the webhook, so this page
 * says "paid" only once that has happened, and otherwise shows what we know now (reloading itself meanwhile).
 */
export default async function CardReturnPage({ params }: Props) {
  const { orderId } = await params;
  const current = await requireViewer(`/bendahara/${orderId}/kartu`);
  const [order, money, t, tStatus, locale] = await Promise.all([
    loadOrRespond(() => getOrder(current, orderId)),
    loadOrRespond(() => getOrderPayments(current, orderId)),
    getTranslations("payments.cardReturn"),
    getTranslations("payments.common.paymentStatus"),
    getLocale(),
  ]);
  const { state, payment: card } = money.card;
  const tone = { confirmed: "border-emerald-300 bg-emerald-50 text-emerald-950", waiting: "border-sky-300 bg-sky-50 text-sky-950", failed: "border-red-300 bg-red-50 text-red-900", none: "border-slate-300 bg-white text-slate-900" }[state];

  return (
    <article data-testid="card-return" data-state={state} aria-labelledby="home-title" className="space-y-6">
      {/* Without JavaScript too: the page re-reads the status every few seconds until Stripe has answered. */}
      {state === "waiting" ? <meta httpEquiv="refresh" content="5" /> : null}
      <h1 id="home-title" data-testid="home-title" className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">
        {t("title", { number: order.number })}
      </h1>
      <p role="status" aria-live="polite" data-testid="card-return-message" className={`rounded-md border px-3 py-2 ${tone}`}>
        {state === "confirmed" ? t("confirmed") : state === "waiting" ? t("waiting") : state === "failed" ? t("failed", { status: tStatus(card!.status) }) : t("noPayment")}
      </p>
      <dl className="grid gap-2 rounded-lg border border-slate-200 bg-white p-4 text-sm sm:grid-cols-2">
        <div>
          <dt className="text-slate-600">{t("currentStatus")}</dt>
          <dd className="flex flex-wrap items-center gap-2">
            {card ? <PaymentStatusBadge status={card.status} /> : "—"}
            {card?.paidAt ? <span>{formatWita(card.paidAt, locale)}</span> : null}
          </dd>
        </div>
        <div>
          <dt className="text-slate-600">{t("outstanding")}</dt>
          <dd className="font-semibold tabular-nums" data-testid="card-return-outstanding">{formatIdr(money.outstandingIdr)}</dd>
        </div>
      </dl>
      <p className="flex flex-wrap gap-3">
        {state === "waiting" ? (
          <Link href={`/bendahara/${orderId}/kartu`} className="inline-flex min-h-11 items-center rounded-md border border-slate-400 bg-white px-4 font-semibold text-slate-900 hover:bg-slate-50">
            {t("refresh")}
          </Link>
        ) : null}
        <Link href={`/pesanan/${orderId}`} className="inline-flex min-h-11 items-center rounded-md border border-slate-400 bg-white px-4 font-semibold text-slate-900 hover:bg-slate-50">
          {t("toOrder")}
        </Link>
        <Link href="/bendahara" className="inline-flex min-h-11 items-center rounded-md bg-emerald-800 px-4 font-semibold text-white hover:bg-emerald-900">
          {t("toQueue")}
        </Link>
      </p>
    </article>
  );
}
