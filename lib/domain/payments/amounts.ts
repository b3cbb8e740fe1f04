import { maskAccount, normalizeAccountNumber } from "@/lib/domain/business/bank-account";
import { witaDayNumber } from "@/lib/domain/time/wita";

// Pure money rules of paying an order: what is outstanding, whether a transfer pays it, where the order goes.

export type InvoiceAmount = { amountIdr: number; status: "open" | "paid" | "cancelled" };

/** What the OPD still owes the seller: the sum of its open invoices (each one BAST's received value). */
export const outstandingIdr = (invoices: readonly InvoiceAmount[]) =>
  invoices.filter((i) => i.status === "open").reduce((sum, i) => sum + i.amountIdr, 0);

export type TransferCheck =
  | { ok: true }
  | { ok: false; reason: "nothing_outstanding" | "amount_mismatch" | "paid_in_future" | "paid_before_bast"; expectedIdr?: number };

/**
 * A transfer (SP2D/UP) must pay exactly what is outstanding — SiPLah's rule that the transfer equals the BAST —
 * and is dated between the latest BAST it pays (same WITA day allowed: forms give a date, not a time) and the
 * moment it is recorded.
 */
export const checkTransferPayment = (
  input: { amountIdr: number; paidAt: Date },
  outstanding: number,
  now: Date,
  latestBastAt?: Date,
): TransferCheck => {
  if (outstanding <= 0) return { ok: false, reason: "nothing_outstanding" };
  if (input.paidAt.getTime() > now.getTime()) return { ok: false, reason: "paid_in_future" };
  if (latestBastAt && witaDayNumber(input.paidAt) < witaDayNumber(latestBastAt)) return { ok: false, reason: "paid_before_bast" };
  if (input.amountIdr !== outstanding) return { ok: false, reason: "amount_mismatch", expectedIdr: outstanding };
  return { ok: true };
};

/**
 * The order status once its invoices are settled: `paid` only when nothing is owed and nothing remains to be
 * received (a partial BAST leaves the order `invoiced` until the rest is received or closed).
 */
export const orderStatusAfterPayment = (state: { outstandingIdr: number; remainingToReceiveIdr: number }): "paid" | "invoiced" =>
  state.outstandingIdr === 0 && state.remainingToReceiveIdr === 0 ? "paid" : "invoiced";

export type SettledPayment = { method: "kkpd_card" | "sp2d" | "up"; status: string; disbursed: boolean };

/**
 * Where a settled order goes: `invoiced` while anything is owed or left to receive; once fully paid, `closed`
 * when it had card payments and every succeeded one has been disbursed to the seller (card money passes
 * through the platform), else `paid`. So a payout made while the order was still `invoiced` (more BASTs to come)
 * closes it as soon as the last payment settles, and an order paid only by SP2D/UP stays `paid` (the
 * treasury paid the seller directly; there is nothing for the platform to disburse).
 */
export const orderStatusAfterSettlement = (state: {
  outstandingIdr: number;
  remainingToReceiveIdr: number;
  payments: readonly SettledPayment[];
}): "invoiced" | "paid" | "closed" => {
  if (orderStatusAfterPayment(state) === "invoiced") return "invoiced";
  const card = state.payments.filter((p) => p.method === "kkpd_card" && p.status === "succeeded");
  return card.length > 0 && card.every((p) => p.disbursed) ? "closed" : "paid";
};

export type SettlementStatus = ReturnType<typeof orderStatusAfterSettlement>;

/** The status an order's money calls for (see orderStatusAfterSettlement): payouts mark card payments disbursed. */
export const settlementStatus = (money: {
  outstandingIdr: number;
  remainingToReceiveIdr: number;
  payments: ReadonlyArray<{ payment: { id: string; method: SettledPayment["method"]; status: SettledPayment["status"] } }>;
  payouts: ReadonlyArray<{ paymentId: string }>;
}): SettlementStatus => {
  const disbursed = new Set(money.payouts.map((p) => p.paymentId));
  return orderStatusAfterSettlement({
    outstandingIdr: money.outstandingIdr,
    remainingToReceiveIdr: money.remainingToReceiveIdr,
    payments: money.payments.map(({ payment }) => ({ method: payment.method, status: payment.status, disbursed: disbursed.has(payment.id) })),
  });
};

/** After a full refund the invoices are open again, so the order is owed again. */
export const orderStatusAfterRefund = (): "invoiced" => "invoiced";

/**
 * Value ordered but neither received nor closed: the order total (reduced when the rest is closed) minus every
 * BAST's received value.
 */
export const remainingToReceiveIdr = (orderTotalIdr: number, receivedValues: readonly number[]) =>
  Math.max(0, orderTotalIdr - receivedValues.reduce((s, v) => s + v, 0));

/** Shows only the last four digits of an account number (one format everywhere: lib/domain/business/bank-account). */
export const maskAccountNumber = (value: string | null) => (value === null ? null : maskAccount(normalizeAccountNumber(value)));
