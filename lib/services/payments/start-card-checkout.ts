import { createHash } from "node:crypto";
import { db } from "@/db/client";
import { findBusinessPayout } from "@/db/queries/businesses";
import { claimOpenInvoices, listInvoicesOfOrder } from "@/db/queries/invoices";
import { findPendingCardPayment, insertPayment, listPaymentsOfOrder, sumCardPaymentsToPayee, updatePayment } from "@/db/queries/payments";
import type { Viewer } from "@/lib/domain/auth/roles";
import { evaluateCardPayment } from "@/lib/domain/compliance/card-limit";
import { outstandingIdr } from "@/lib/domain/payments/amounts";
import { resolveCheckoutReturnUrls } from "@/lib/domain/payments/checkout-urls";
import { witaYear, fiscalYearRange } from "@/lib/domain/time/wita";
import { AppError, conflict, unprocessable } from "@/lib/errors";
import { cardPaymentsEnabled, checkoutIdempotencyKey, createCheckoutSession } from "@/lib/payments";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import { loadOrderFor } from "@/lib/services/procurement/order-access";
import { loadActivePolicy } from "@/lib/services/procurement/active-policy";
import { actorOf } from "@/lib/domain/audit/audit-event";
import type { StartCardCheckoutInput } from "@/lib/validation/payments";
import { PAYMENT_MESSAGES } from "@/lib/services/payments/messages";
import { orNotFound } from "@/lib/services/or-not-found";

/** A UUID derived from the idempotency key: a retried attempt inserts the same payment id Stripe already saw. */
const paymentIdFor = (key: string) => {
  const h = createHash("sha256").update(key).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
};

/**
 * The OPD's treasurer opens a Stripe Checkout Session (KKPD card) for the order's open invoices. The payment is
 * recorded `pending` and claims the invoices, so no transfer can pay them twice; only the webhook marks it paid.
 * A retry while the session is open returns the same session. CARD_LIMIT (payee total this fiscal year,
 * this payment included) → 422; without Stripe configured → 409 `card_payments_disabled`. Return URLs default to
 * the pay page and must stay on the app's origin (422 `foreign_return_url`): no open redirect through Stripe.
 */
export const startCardCheckout = async (viewer: Viewer | null, orderId: string, input: StartCardCheckoutInput, now: Date = new Date()): Promise<import("./types").CheckoutSessionView & { paymentId: string }> =>
  db.transaction(async (tx) => {
    const { order, opd, viewer: treasurer } = await loadOrderFor(tx, viewer, "payment.record", orderId, { forUpdate: true });
    const { urls, foreign } = resolveCheckoutReturnUrls(input, {
      orderId: order.id,
      appOrigin: input.appOrigin,
      allowedOrigins: [input.appOrigin, ...(input.allowedOrigins ?? [])],
    });
    if (foreign.length > 0) {
      throw new AppError("unprocessable", PAYMENT_MESSAGES.foreignReturnUrl, foreign.map((path) => ({ path, message: PAYMENT_MESSAGES.foreignReturnUrl.id, reason: "foreign_return_url" })));
    }
    if (!cardPaymentsEnabled()) throw new AppError("card_payments_disabled", PAYMENT_MESSAGES.cardDisabled, { reason: "card_payments_disabled" });
    const invoices = await listInvoicesOfOrder(tx, order.id);
    if (invoices.length === 0) throw conflict("not_received", PAYMENT_MESSAGES.notReceived, { status: order.status });
    const open = invoices.filter((i) => i.status === "open");
    if (open.length === 0) throw conflict("already_paid", PAYMENT_MESSAGES.alreadyPaid, { status: order.status });
    const seller = (await findBusinessPayout(tx, order.businessId))!;
    const amountIdr = outstandingIdr(invoices);

    const pending = await findPendingCardPayment(tx, order.id);
    if (pending) {
      // A retry (double click, lost response): the same invoices give the same key, hence the same session.
      const claimedByPending = open.filter((i) => i.paymentId === pending.id).map((i) => i.id);
      if (claimedByPending.length !== open.length) throw conflict("card_payment_pending", PAYMENT_MESSAGES.cardPending);
      const session = await createCheckoutSession({
        orderId: order.id, orderNumber: order.number, paymentId: pending.id, invoiceIds: claimedByPending, amountIdr: pending.amountIdr,
        sellerName: seller.name, successUrl: urls.successUrl, cancelUrl: urls.cancelUrl,
        attempt: await previousAttempts(tx, order.id, pending.id),
      });
      return { url: session.url, sessionId: session.id, paymentId: pending.id };
    }
    if (open.some((i) => i.paymentId !== null)) throw conflict("card_payment_pending", PAYMENT_MESSAGES.cardPending);

    const { policy } = await loadActivePolicy(tx, opd.regionId, now);
    const { from, to } = fiscalYearRange(witaYear(now));
    const payeeTotalIdr = (await sumCardPaymentsToPayee(tx, { opdId: order.opdId, businessId: order.businessId, from, to })) + amountIdr;
    const findings = evaluateCardPayment(payeeTotalIdr, policy);
    if (findings.length > 0) {
      throw unprocessable("card_limit", findings[0]!.message, { compliance: { verdict: "block", findings }, payeeTotalIdr, amountIdr });
    }

    const attempt = await previousAttempts(tx, order.id, null);
    const invoiceIds = open.map((i) => i.id);
    const paymentId = paymentIdFor(`${checkoutIdempotencyKey(order.id, invoiceIds)}:${attempt}`);
    const payment = await insertPayment(tx, { id: paymentId, orderId: order.id, method: "kkpd_card", status: "pending", amountIdr, recordedBy: treasurer.userId });
    const claimed = await claimOpenInvoices(tx, { orderId: order.id, invoiceIds, paymentId: payment.id });
    if (claimed.length !== invoiceIds.length) throw conflict("card_payment_pending", PAYMENT_MESSAGES.cardPending);

    let session;
    try {
      session = await createCheckoutSession({
        orderId: order.id, orderNumber: order.number, paymentId: payment.id, invoiceIds, amountIdr, sellerName: seller.name,
        successUrl: urls.successUrl, cancelUrl: urls.cancelUrl, attempt,
      });
    } catch (error) {
      console.error("stripe checkout session failed", error);
      throw new AppError("unavailable", { id: "Layanan pembayaran kartu sedang tidak dapat dihubungi. Coba lagi.", en: "The card payment service cannot be reached. Try again." });
    }
    orNotFound(await updatePayment(tx, { id: payment.id, orderId: payment.orderId }, { stripeCheckoutSessionId: session.id }));
    await appendAuditEvent(tx, {
      actor: actorOf(treasurer),
      action: "payment.checkout_started",
      entity: "payment",
      entityId: payment.id,
      data: { orderId: order.id, orderNumber: order.number, method: "kkpd_card", amountIdr, invoiceIds, stripeCheckoutSessionId: session.id, payeeTotalIdr },
      at: now,
    });
    return { url: session.url, sessionId: session.id, paymentId: payment.id };
  });

/**
 * Earlier card attempts on this order (expired, failed, or paid and refunded): each new attempt needs a fresh
 * idempotency key and payment id. The open attempt being retried is excluded, so a retry computes its own number.
 */
const previousAttempts = async (tx: Parameters<typeof listPaymentsOfOrder>[0], orderId: string, excludeId: string | null) =>
  (await listPaymentsOfOrder(tx, orderId)).filter((p) => p.payment.method === "kkpd_card" && p.payment.id !== excludeId).length;
