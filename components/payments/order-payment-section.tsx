import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { closeRemainingAction } from "@/lib/actions/payments/close-remaining";
import { PaymentStatusBadge, InvoiceStatusBadge } from "@/components/payments/status-badges";
import { ActionForm } from "@/components/seller/action-form";
import type { Viewer } from "@/lib/domain/auth/roles";
import { AppError } from "@/lib/errors";
import { formatWita } from "@/lib/domain/time/wita";
import { formatIdr } from "@/lib/domain/money/rupiah";
import { getOrderPayments } from "@/lib/services/payments";
import type { OrderView } from "@/lib/validation/views/procurement";

type OrderSummary = Pick<OrderView, "id" | "undeliveredIdr" | "actions">;

/**
 * The money side of an order, for everyone who may read the order: its invoices (printable), payments,
 * the payout to the seller, and the two clocks. Nothing shows before the first BAST.
 */
export async function OrderPaymentSection({ viewer, order, onPayPage = false }: { viewer: Viewer; order: OrderSummary; onPayPage?: boolean }) {
  const orderId = order.id;
  // Part of someone else's page: a reader without access to the money side simply does not see it.
  const view = await getOrderPayments(viewer, orderId).catch((error: unknown) => {
    if (error instanceof AppError && (error.code === "forbidden" || error.code === "not_found")) return null;
    throw error;
  });
  if (!view || (view.invoices.length === 0 && view.payments.length === 0)) return null;
  const [t, tc, locale] = await Promise.all([getTranslations("payments.section"), getTranslations("payments.common"), getLocale()]);
  const when = (iso: string | null) => (iso ? formatWita(iso, locale, { time: false }) : t("notYet"));
  const m = view.milestones;
  const steps = [
    { key: "invoiced" as const, at: m.invoicedAt },
    { key: "paid" as const, at: m.paidAt },
    ...(m.viaPlatform ? [{ key: "disbursed" as const, at: view.payout?.disbursedAt ?? null }] : []),
  ];
  const days = (v: number | null, running: boolean) => (v === null ? (running ? t("running") : tc("none")) : tc("days", { count: v }));
  const canPay = !onPayPage && (view.actions.payByTransfer || view.actions.payByCard);
  // A partial BAST leaves the rest open; the buyer or PPK may close it (the service decides again).
  // Closing the rest shrinks the order's total to what the BASTs received, so the gap is what is still open.
  const undeliveredIdr = order.undeliveredIdr;
  const mayClose = order.actions.closeRemaining;

  return (
    <section aria-labelledby="order-payments-title" data-testid="order-payments" data-outstanding={view.outstandingIdr} data-paid={m.paidAt ? "true" : "false"} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="order-payments-title" className="text-lg font-semibold text-slate-900">{t("title")}</h2>

      <ol data-testid="payment-steps" className="grid gap-2 sm:grid-cols-3">
        {steps.map((s) => (
          <li key={s.key} data-testid="payment-step" data-step={s.key} data-done={s.at ? "true" : "false"} className={`rounded-md border px-3 py-2 ${s.at ? "border-emerald-300 bg-emerald-50" : "border-slate-200 bg-slate-50"}`}>
            <p className="font-semibold text-slate-900">
              <span aria-hidden="true">{s.at ? "✓ " : "○ "}</span>
              {t(`steps.${s.key}`)}
            </p>
            <p className="text-sm text-slate-700" data-testid={`payment-${s.key}-at`}>{when(s.at)}</p>
          </li>
        ))}
      </ol>

      <dl className="grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-3">
        <div>
          <dt className="text-slate-600">{t("outstanding")}</dt>
          <dd className="font-semibold tabular-nums text-slate-900" data-testid="payment-outstanding">{formatIdr(view.outstandingIdr)}</dd>
        </div>
        <div>
          <dt className="text-slate-600">{t("bastToPaid")}</dt>
          <dd className="text-slate-900" data-testid="clock-bast-to-paid">{days(view.clocks.bastToPaidDays, view.outstandingIdr > 0)}</dd>
        </div>
        {m.viaPlatform ? (
          <div>
            <dt className="text-slate-600">{t("paidToDisbursed")}</dt>
            <dd className="text-slate-900" data-testid="clock-paid-to-disbursed">{days(view.clocks.paidToDisbursedDays, !view.payout)}</dd>
          </div>
        ) : null}
      </dl>

      {canPay ? (
        <p>
          <Link href={`/bendahara/${orderId}`} data-testid="pay-order-link" className="inline-flex min-h-11 items-center rounded-md bg-emerald-800 px-4 font-semibold text-white hover:bg-emerald-900">
            {t("payNow")}
          </Link>
        </p>
      ) : null}

      <div className="space-y-2">
        <h3 className="font-semibold text-slate-900">{t("invoices")}</h3>
        <ul className="divide-y divide-slate-200 rounded-md border border-slate-200">
          {view.invoices.map((inv) => (
            <li key={inv.id} data-testid="order-invoice" data-invoice-id={inv.id} data-status={inv.status} className="flex flex-wrap items-center gap-x-3 gap-y-1 p-3 text-sm">
              <Link href={`/pesanan/${orderId}/faktur/${inv.id}`} data-testid="invoice-link" className="font-semibold text-emerald-800 underline underline-offset-4">
                {t("invoiceNumber", { number: inv.number })}
              </Link>
              <InvoiceStatusBadge status={inv.status} />
              <span className="text-slate-600">
                {t("issuedAt", { date: formatWita(inv.issuedAt, locale, { time: false }) })} · {t("forBast", { number: inv.bastNumber })}
              </span>
              <span className="ml-auto font-semibold tabular-nums">{formatIdr(inv.amountIdr)}</span>
            </li>
          ))}
        </ul>
      </div>

      {view.payments.length > 0 ? (
        <div className="space-y-2">
          <h3 className="font-semibold text-slate-900">{t("payments")}</h3>
          <ul className="divide-y divide-slate-200 rounded-md border border-slate-200">
            {view.payments.map((p) => (
              <li key={p.id} data-testid="order-payment" data-method={p.method} data-status={p.status} className="space-y-1 p-3 text-sm">
                <div className="flex flex-wrap items-center gap-2">
                  <span className="font-semibold text-slate-900">{tc(`methods.${p.method}`)}</span>
                  <PaymentStatusBadge status={p.status} />
                  <span className="ml-auto font-semibold tabular-nums">{formatIdr(p.amountIdr)}</span>
                </div>
                <p className="text-slate-700">
                  {p.paidAt ? <span data-testid="payment-date">{formatWita(p.paidAt, locale, { time: false })}</span> : null}
                  {p.reference ? <span className="break-all">{`${p.paidAt ? " · " : ""}${t("reference", { reference: p.reference })}`}</span> : null}
                  {p.recordedBy ? ` · ${t("recordedBy", { name: p.recordedBy.name })}` : null}
                </p>
                {p.refundedAmountIdr > 0 && p.refundedAt ? (
                  <p className="text-amber-900">{t("refunded", { amount: formatIdr(p.refundedAmountIdr), date: formatWita(p.refundedAt, locale, { time: false }) })}</p>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      {mayClose ? (
        <div data-testid="close-remaining" className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3">
          <h3 className="font-semibold text-amber-950">{t("closeTitle")}</h3>
          <p className="text-sm text-amber-950">{t("closeHint", { amount: formatIdr(undeliveredIdr) })}</p>
          <ActionForm
            action={closeRemainingAction}
            testId="close-remaining-form"
            idPrefix={`close-${orderId}`}
            hidden={{ orderId }}
            fields={[{ name: "reason", label: t("closeReason"), type: "textarea", required: true }]}
            submitLabel={t("closeSubmit")}
            pendingLabel={tc("pending")}
          />
        </div>
      ) : null}

      {m.viaPlatform ? (
        <div className="space-y-1 text-sm" data-testid="order-payout" data-done={view.payout ? "true" : "false"}>
          <h3 className="font-semibold text-slate-900">{t("payout")}</h3>
          {view.payout ? (
            <p className="break-words text-slate-800">
              {formatWita(view.payout.disbursedAt, locale, { time: false })} ·{" "}
              {t("payoutDone", { amount: formatIdr(view.payout.amountIdr), bank: view.payout.bankName ?? "", account: view.payout.accountNumber ?? "", reference: view.payout.reference })}
            </p>
          ) : (
            <p className="text-slate-700">{t("payoutWaiting")}</p>
          )}
        </div>
      ) : null}
    </section>
  );
}
