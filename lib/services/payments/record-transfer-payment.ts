import { db } from "@/db/client";
import { claimOpenInvoices, listInvoicesOfOrder } from "@/db/queries/invoices";
import { findPendingCardPayment, findTransferByReference, insertPayment } from "@/db/queries/payments";
import { findPayoutAccount } from "@/db/queries/businesses";
import type { Viewer } from "@/lib/domain/auth/roles";
import { hasPayoutAccount } from "@/lib/domain/business/bank-account";
import { checkTransferPayment, outstandingIdr } from "@/lib/domain/payments/amounts";
import { loadOrderFor } from "@/lib/services/procurement/order-access";
import { actorOf } from "@/lib/domain/audit/audit-event";
import { conflict, unprocessable } from "@/lib/errors";
import type { RecordTransferPaymentInput } from "@/lib/validation/payments";
import { PAYMENT_MESSAGES } from "@/lib/services/payments/messages";
import { paymentView } from "@/lib/services/payments/views";
import { settlePayment } from "@/lib/services/payments/settlement";

const isReferenceViolation = (error: unknown) => {
  const e = error as { code?: string; constraint_name?: string; cause?: { code?: string; constraint_name?: string } } | null;
  const code = e?.code ?? e?.cause?.code;
  const constraint = e?.constraint_name ?? e?.cause?.constraint_name;
  return code === "23505" && (constraint === undefined || constraint === "payments_transfer_reference_unique");
};

/**
 * The OPD's treasurer records an SP2D/UP transfer that paid the order's open invoices. The amount must equal
 * what is outstanding, the reference is used once, and invoices, budget (committed → realized), order status
 * and the audit event change in one transaction with the order locked: two treasurers paying at once give
 * one payment and one 409. A seller without a payout bank account cannot be paid by transfer: 422
 * `payout_account_missing` with details `{ field: "bankAccount" }`, and nothing is written.
 */
export const recordTransferPayment = async (viewer: Viewer | null, orderId: string, input: RecordTransferPaymentInput, now: Date = new Date()) => {
  try {
    return await db.transaction(async (tx) => {
      const { order, viewer: treasurer } = await loadOrderFor(tx, viewer, "payment.record", orderId, { forUpdate: true });
      const invoices = await listInvoicesOfOrder(tx, order.id);
      if (invoices.length === 0) throw conflict("not_received", PAYMENT_MESSAGES.notReceived, { status: order.status });
      const open = invoices.filter((i) => i.status === "open");
      if (open.length === 0) throw conflict("already_paid", PAYMENT_MESSAGES.alreadyPaid, { status: order.status });
      if (open.some((i) => i.paymentId !== null) || (await findPendingCardPayment(tx, order.id))) {
        throw conflict("card_payment_pending", PAYMENT_MESSAGES.cardPending);
      }
      const account = await findPayoutAccount(tx, { businessId: order.businessId });
      if (!account || !hasPayoutAccount(account)) {
        throw unprocessable("payout_account_missing", PAYMENT_MESSAGES.payoutAccountMissing, { field: "bankAccount", businessId: order.businessId });
      }
      const latestBastAt = new Date(Math.max(...open.map((i) => i.issuedAt.getTime())));
      const check = checkTransferPayment({ amountIdr: input.amountIdr, paidAt: input.paidAt }, outstandingIdr(invoices), now, latestBastAt);
      if (!check.ok) {
        if (check.reason === "paid_in_future") throw unprocessable("paid_in_future", PAYMENT_MESSAGES.paidInFuture);
        if (check.reason === "paid_before_bast") throw unprocessable("paid_before_bast", PAYMENT_MESSAGES.paidBeforeBast, { bastAt: latestBastAt.toISOString() });
        if (check.reason === "amount_mismatch") {
          throw unprocessable("amount_mismatch", PAYMENT_MESSAGES.amountMismatch(check.expectedIdr!), { expectedIdr: check.expectedIdr, amountIdr: input.amountIdr });
        }
        throw conflict("already_paid", PAYMENT_MESSAGES.alreadyPaid);
      }
      if (await findTransferByReference(tx, { method: input.method, reference: input.reference })) {
        throw conflict("reference_used", PAYMENT_MESSAGES.referenceUsed, { reference: input.reference });
      }
      const payment = await insertPayment(tx, {
        orderId: order.id,
        method: input.method,
        status: "succeeded",
        amountIdr: input.amountIdr,
        reference: input.reference,
        paidAt: input.paidAt,
        recordedBy: treasurer.userId,
      });
      const claimed = await claimOpenInvoices(tx, { orderId: order.id, invoiceIds: open.map((i) => i.id), paymentId: payment.id });
      if (claimed.length !== open.length) throw conflict("already_paid", PAYMENT_MESSAGES.alreadyPaid);
      const settled = await settlePayment(tx, { order, payment, paidAt: input.paidAt, actor: actorOf(treasurer), at: now });
      return { ...paymentView(payment, treasurer.name), orderId: order.id, orderStatus: settled.status, invoiceIds: settled.invoiceIds };
    });
  } catch (error) {
    // Two treasurers typing the same SP2D number for different orders at once: the unique index decides.
    if (isReferenceViolation(error)) throw conflict("reference_used", PAYMENT_MESSAGES.referenceUsed, { reference: input.reference });
    throw error;
  }
};
