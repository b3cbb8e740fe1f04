import { orNotFound } from "@/lib/services/or-not-found";
import { findOpd } from "@/db/queries/opds";
import { db } from "@/db/client";
import { findBusinessPayout } from "@/db/queries/businesses";
import { findPayment } from "@/db/queries/payments";
import { findPayoutOfPayment, insertPayout } from "@/db/queries/payouts";
import { findOrder } from "@/db/queries/orders";
import { authorize } from "@/lib/auth/authorize";
import type { Viewer } from "@/lib/domain/auth/roles";
import { hasPayoutAccount } from "@/lib/domain/business/bank-account";
import { createTransfer, PaymentProviderError, stripeTransfersEnabled, type TransferRequest } from "@/lib/payments";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import { AppError, conflict, notFound, unprocessable } from "@/lib/errors";
import { actorOf } from "@/lib/domain/audit/audit-event";
import { payoutDetailsSchema, type PayoutDetailsInput } from "@/lib/validation/payments";
import { loadOrderMoney, moveOrderToSettlement } from "@/lib/services/payments/settlement";
import { payoutView } from "@/lib/services/payments/views";
import { settlementStatus } from "@/lib/domain/payments/amounts";
import type { PayoutView } from "./types";
import { tellOrder } from "@/lib/services/notifications/tell";

/** The Connect transfer through the payment port; Stripe's refusal or absence becomes a 503 the admin can retry. */
const connectTransfer = async (request: TransferRequest) => {
  if (!stripeTransfersEnabled()) {
    throw conflict("stripe_transfers_disabled", { id: "Stripe belum dikonfigurasi di sistem ini; gunakan transfer bank.", en: "Stripe is not configured on this system; use a bank transfer." });
  }
  try {
    return await createTransfer(request);
  } catch (error) {
    if (!(error instanceof PaymentProviderError)) throw error;
    throw new AppError(
      "unavailable",
      {
        id: `Stripe menolak atau tidak menjawab transfer ke akun penjual (${error.message}). Tidak ada yang dicatat; coba lagi nanti — transfer tidak akan terkirim dua kali.`,
        en: `Stripe refused or did not answer the transfer to the seller's account (${error.message}). Nothing was recorded; try again later — the transfer will not be sent twice.`,
      },
      { reason: "stripe_transfer_failed", stripeCode: error.stripeCode, stripeStatus: error.stripeStatus },
    );
  }
};

/**
 * The admin records that the platform disbursed a card payment to the seller: a bank transfer (the default,
 * made outside the app, recorded by its reference), or for a business with a connected account a Stripe
 * Connect transfer that this call makes. One payout per payment (409 after); the order closes once it is
 * fully paid and every card payment of it is disbursed.
 */
export const recordPayout = async (viewer: Viewer | null, paymentId: string, details: PayoutDetailsInput, now: Date = new Date()): Promise<import("./types").RecordedPayoutView> => {
  const input = payoutDetailsSchema.parse(details);
  return db.transaction(async (tx) => {
    const found = await findPayment(tx, paymentId);
    if (!found) {
      authorize(viewer, "payout.record", { regionId: "-" });
      throw notFound();
    }
    const order = (await findOrder(tx, found.orderId, { forUpdate: true }))!;
    const opd = orNotFound(await findOpd(tx, order.opdId));
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
    if (input.method === "bank_transfer" && !hasPayoutAccount(business)) {
      throw unprocessable("no_bank_account", { id: "Penjual belum mengisi rekening bank pencairan.", en: "The seller has not given a payout bank account." });
    }
    const amountIdr = payment.amountIdr - payment.refundedAmountIdr;
    // The Connect transfer is made while the order and payment are locked and before anything is written: if
    // Stripe refuses, the transaction rolls back and nothing is recorded; if our commit fails after Stripe
    // answered, the retry sends the same idempotency key and gets the same transfer back.
    const transfer = input.method === "stripe_transfer" ? await connectTransfer({ paymentId: payment.id, orderId: order.id, orderNumber: order.number, amountIdr, destination: business.stripeAccountId! }) : null;
    const reference = input.reference ?? transfer?.id;
    if (!reference) throw unprocessable("reference", { id: "Isi nomor referensi transfer.", en: "Enter the transfer reference." });
    const payout = await insertPayout(tx, {
      paymentId: payment.id,
      orderId: order.id,
      businessId: order.businessId,
      method: input.method,
      amountIdr,
      reference,
      bankName: input.method === "bank_transfer" ? business.bankName : null,
      accountNumber: input.method === "bank_transfer" ? business.accountNumber : null,
      accountName: input.method === "bank_transfer" ? business.accountName : null,
      stripeTransferId: transfer?.id ?? null,
      disbursedAt: input.disbursedAt,
      recordedBy: viewer!.userId,
    });
    if (!payout) throw conflict("already_disbursed", { id: "Pembayaran ini sudah disalurkan ke penjual.", en: "This payment has already been disbursed to the seller." });
    // Only closing follows from a payout: an order still owed or still to be received stays where it is, and
    // closes when its last payment settles (settlePayment / closeRemaining look at payouts too).
    const orderStatus = settlementStatus(await loadOrderMoney(tx, order)) === "closed" ? await moveOrderToSettlement(tx, order, "closed") : order.status;
    await appendAuditEvent(tx, {
      actor: actorOf(viewer!),
      action: "payout.recorded",
      entity: "payout",
      entityId: payout.id,
      data: {
        paymentId: payment.id, orderId: order.id, orderNumber: order.number, businessId: order.businessId, method: input.method, amountIdr,
        reference, stripeTransferId: transfer?.id ?? null, disbursedAt: input.disbursedAt.toISOString(), orderStatus,
      },
      at: now,
    });
    await tellOrder(tx, "order.disbursed", order.id, { at: now, occurrence: payout.id, params: { amountIdr } });
    return { ...payoutView(payout), orderStatus };
  });
};
