import Link from "next/link";
import { forbidden } from "next/navigation";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { requireViewer } from "@/app/_lib/require-viewer";
import { CardCheckoutForm } from "@/components/payments/card-checkout-form";
import { rupiahForInput } from "@/lib/validation/form-input";
import { OrderPaymentSection } from "@/components/payments/order-payment-section";
import { PayoutAccountDetails } from "@/components/payments/payout-account";
import { loadOrRespond } from "@/components/procurement/load";
import { ActionForm } from "@/components/seller/action-form";
import { HomeTitle } from "@/components/ui/home-title";
import { can } from "@/lib/domain/auth/can";
import { witaDate, formatWita } from "@/lib/domain/time/wita";
import { formatIdr } from "@/lib/domain/money/rupiah";
import { getOrderPayments, listTreasuryQueue } from "@/lib/services/payments";
import { getOrder } from "@/lib/services/procurement/get-order";
import { recordTransferPaymentAction, startCardCheckoutAction } from "@/lib/actions/payments/treasurer-payments";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("payments.pay"))("metaTitle") };
}

type Props = { params: Promise<{ orderId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Paying one received order: SP2D/UP recorded here, or KKPD through Stripe when the platform has it. */
export default async function PayOrderPage({ params, searchParams }: Props) {
  const { orderId } = await params;
  const current = await requireViewer(`/bendahara/${orderId}`);
  const order = await loadOrRespond(() => getOrder(current, orderId));
  if (!can(current, "payment.record", { opdId: order.opdId })) forbidden();
  const [money, queue, t, tc, ts, locale] = await Promise.all([
    loadOrRespond(() => getOrderPayments(current, orderId)),
    listTreasuryQueue(current, { opdId: order.opdId }),
    getTranslations("payments.pay"),
    getTranslations("payments.common"),
    getTranslations("payments.section"),
    getLocale(),
  ]);
  const row = queue.find((r) => r.orderId === orderId);
  const cancelled = (await searchParams).kartu === "batal";
  const owed = money.outstandingIdr;
  // payByCard already means: something owed, no card session open, Stripe configured.
  const showCard = money.actions.payByCard;

  return (
    <article data-testid="pay-page" data-order-id={orderId} data-outstanding={owed} aria-labelledby="home-title" className="space-y-6">
      <p>
        <Link href="/bendahara" className="text-sm font-semibold text-emerald-800 underline underline-offset-4">{t("backToQueue")}</Link>
      </p>
      <HomeTitle lead={t("lead", { opd: order.opdName, seller: order.businessName ?? "" })}>{t("title", { number: order.number })}</HomeTitle>
      {cancelled ? (
        <p role="status" data-testid="card-cancelled" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">{t("cardCancelled")}</p>
      ) : null}

      {row ? (
        <section aria-labelledby="owed-title" className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2">
          <h2 id="owed-title" className="text-lg font-semibold text-slate-900 sm:col-span-2">{t("summary")}</h2>
          <dl className="space-y-2 text-sm">
            <div>
              <dt className="text-slate-600">{ts("outstanding")}</dt>
              <dd className="text-2xl font-bold tabular-nums text-slate-900" data-testid="pay-outstanding">{formatIdr(owed)}</dd>
            </div>
            <div>
              <dt className="text-slate-600">BAST</dt>
              <dd className={row.overdue ? "font-semibold text-red-800" : "text-slate-900"}>
                {formatWita(row.oldestBastAt, locale)} · {tc("days", { count: row.ageDays })}
              </dd>
            </div>
            <div>
              <dt className="text-slate-600">{ts("invoices")}</dt>
              <dd className="break-all text-slate-900">{row.invoices.map((i) => i.number).join(", ")}</dd>
            </div>
          </dl>
          <div className="space-y-1">
            <p className="text-sm text-slate-600">{t("payTo")}</p>
            <p className="font-semibold text-slate-900">{row.business.name}</p>
            <PayoutAccountDetails account={row.business} />
          </div>
        </section>
      ) : null}

      {owed === 0 ? (
        <p data-testid="nothing-to-pay" className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-800">{t("nothingToPay")}</p>
      ) : null}
      {row?.pendingCardPayment ? (
        <p role="status" data-testid="pending-card" className="rounded-md border border-sky-300 bg-sky-50 px-3 py-2 text-sm text-sky-950">{t("pendingCard")}</p>
      ) : null}

      {money.actions.transferNeedsPayoutAccount ? (
        <section role="status" aria-labelledby="no-account-title" data-testid="transfer-needs-account" className="space-y-1 rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-950">
          <h2 id="no-account-title" className="font-semibold">{t("noPayoutAccountTitle")}</h2>
          <p className="text-sm">{t("noPayoutAccount")}</p>
        </section>
      ) : null}

      {money.actions.payByTransfer ? (
        <section aria-labelledby="transfer-title" className="space-y-3 rounded-lg border border-emerald-300 bg-white p-4">
          <h2 id="transfer-title" className="text-lg font-semibold text-emerald-900">{t("transferTitle")}</h2>
          <p className="text-sm text-slate-700">{t("transferHint")}</p>
          <ActionForm
            action={recordTransferPaymentAction}
            testId="transfer-form"
            idPrefix="pay"
            hidden={{ orderId, orderNumber: order.number }}
            fields={[
              {
                name: "method",
                label: t("method"),
                type: "select",
                required: true,
                defaultValue: "sp2d",
                options: [
                  { value: "sp2d", label: tc("methods.sp2d") },
                  { value: "up", label: tc("methods.up") },
                ],
              },
              { name: "reference", label: t("reference"), hint: t("referenceHint"), required: true, autoComplete: "off" },
              { name: "paidAt", label: t("paidAt"), hint: t("paidAtHint"), type: "date", required: true, defaultValue: witaDate(new Date()) },
              { name: "amountIdr", label: t("amount"), hint: t("amountHint", { amount: formatIdr(owed) }), type: "number", required: true, defaultValue: rupiahForInput(owed) },
            ]}
            submitLabel={t("submit")}
            pendingLabel={tc("pending")}
          />
        </section>
      ) : null}

      {showCard ? (
        <section aria-labelledby="card-title" className="space-y-3 rounded-lg border border-slate-300 bg-white p-4">
          <h2 id="card-title" className="text-lg font-semibold text-slate-900">{t("cardTitle")}</h2>
          <p className="text-sm text-slate-700">{t("cardHint")}</p>
          <CardCheckoutForm action={startCardCheckoutAction} orderId={orderId} label={t("cardButton")} pendingLabel={tc("pending")} />
        </section>
      ) : null}

      <OrderPaymentSection viewer={current} order={order} onPayPage />
    </article>
  );
}
