import { db } from "@/db/client";
import { findBusinessPayout, findPayment, findPayoutOfPayment, insertPayout } from "@/db/queries/payments";
import { findOrder } from "@/db/queries/procurement";
import { authorize } from "@/lib/auth/authorize";
import type { Viewer } from "@/lib/domain/auth/roles";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import { actorOf, conflict, loadOpdOrThrow, notFound, unprocessable } from "@/lib/services/procurement/shared";
import { payoutDetailsSchema, type PayoutDetailsInput } from "@/lib/validation/payments";
import { moveOrder, payoutView } from "./shared";
import type { PayoutView } from "./types";

/**
 * The admin records that the platform disbursed a card payment to the seller (bank transfer by default; a
 * Stripe Connect transfer only for a business with a connected account — recorded here by its id, the
 * transfer itself is made in Stripe). One payout per payment (409 after); a fully paid order is then closed.
 */
export const recordPayout = async (viewer: Viewer | null, paymentId: string, details: PayoutDetailsInput, now: Date = new Date()): Promise<PayoutView & { orderStatus: string }> => {
  const input = payoutDetailsSchema.parse(details);
  return db.transaction(async (tx) => {
    const found = await findPayment(tx, paymentId);
    if (!found) {
      authorize(viewer, "payout.record", { regionId: "-" });
      throw notFound();
    }
    const order = (await findOrder(tx, found.orderId, { forUpdate: true }))!;
    const opd = await loadOpdOrThrow(tx, order.opdId);
    authorize(viewer, "payout.record", { regionId: opd.regionId });
    const payment = (await findPayment(tx, found.id, { forUpdate: true }))!;
    if (await findPayoutOfPayment(tx, payment.id)) throw conflict("already_disbursed", { id: "Pembayaran ini sudah disalurkan ke penjual.", en: "This payment has already been disbursed to the seller." });
    if (payment.method !== "kkpd_card" || payment.status !== "succeeded") {
      // SP2D/UP transfers go from the treasury straight to the seller: the platform never holds that money.
      throw conflict("not_disbursable", { id: "Hanya pembayaran kartu yang berhasil yang disalurkan oleh platform.", en: "Only succeeded card payments are disbursed by the platform." }, { method: payment.method, status: payment.status });
    }
    if (input.disbursedAt.getTime() > now.getTime()) throw unprocessable("disbursed_in_future", { id: "Tanggal penyaluran tidak boleh di masa depan.", en: "The disbursement date cannot be in the future." });
    if (payment.paidAt && input.disbursedAt.getTime() < payment.paidAt.getTime()) {
      throw unprocessable("disbursed_before_paid", { id: "Tanggal penyaluran sebelum pembayaran diterima.", en: "The disbursement date is before the payment was received." });
    }
    const business = (await findBusinessPayout(tx, order.businessId))!;
    if (input.method === "stripe_transfer" && !business.stripeAccountId) {
      throw unprocessable("no_connected_account", { id: "Penjual ini tidak memiliki akun Stripe Connect; gunakan transfer bank.", en: "This seller has no Stripe Connect account; use a bank transfer." });
    }
    if (input.method === "bank_transfer" && !business.accountNumber) {
      throw unprocessable("no_bank_account", { id: "Penjual belum mengisi rekening bank pencairan.", en: "The seller has not given a payout bank account." });
    }
    const amountIdr = payment.amountIdr - payment.refundedAmountIdr;
    const payout = await insertPayout(tx, {
      paymentId: payment.id,
      orderId: order.id,
      businessId: order.businessId,
      method: input.method,
      amountIdr,
      reference: input.reference,
      bankName: input.method === "bank_transfer" ? business.bankName : null,
      accountNumber: input.method === "bank_transfer" ? business.accountNumber : null,
      accountName: input.method === "bank_transfer" ? business.accountName : null,
      stripeTransferId: input.method === "stripe_transfer" ? input.reference : null,
      disbursedAt: input.disbursedAt,
      recordedBy: viewer!.userId,
    });
    if (!payout) throw conflict("already_disbursed", { id: "Pembayaran ini sudah disalurkan ke penjual.", en: "This payment has already been disbursed to the seller." });
    const orderStatus = order.status === "paid" ? await moveOrder(tx, order, "closed") : order.status;
    await appendAuditEvent(tx, {
      actor: actorOf(viewer!),
      action: "payout.recorded",
      entity: "payout",
      entityId: payout.id,
      data: {
        paymentId: payment.id, orderId: order.id, orderNumber: order.number, businessId: order.businessId, method: input.method, amountIdr,
        reference: input.reference, disbursedAt: input.disbursedAt.toISOString(), orderStatus,
      },
      at: now,
    });
    return { ...payoutView(payout), orderStatus };
  });
};
