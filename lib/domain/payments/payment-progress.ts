// Pure: the states the money pages show, derived from invoices and payments so no page compares statuses.

type InvoiceProgress = { status: "open" | "paid" | "cancelled"; issuedAt: string; paidAt: string | null };
type PaymentProgress = { method: "kkpd_card" | "sp2d" | "up"; status: "pending" | "succeeded" | "failed" | "expired" | "refunded" };

const latest = (dates: Array<string | null | undefined>) => dates.filter((d): d is string => Boolean(d)).sort().at(-1) ?? null;

export type PaymentMilestones = { invoicedAt: string | null; paidAt: string | null; viaPlatform: boolean };

/**
 * invoice → paid → disbursed: invoiced at the first live invoice, paid once every live invoice is (at the last
 * payment); card money passes through the platform, so only then is there a disbursal to follow.
 */
export const paymentMilestones = (invoices: readonly InvoiceProgress[], payments: readonly PaymentProgress[]): PaymentMilestones => {
  const live = invoices.filter((i) => i.status !== "cancelled");
  const allPaid = live.length > 0 && live.every((i) => i.status === "paid");
  return {
    invoicedAt: live.map((i) => i.issuedAt).sort()[0] ?? null,
    paidAt: allPaid ? latest(live.map((i) => i.paidAt)) : null,
    viaPlatform: payments.some((p) => p.method === "kkpd_card" && (p.status === "succeeded" || p.status === "refunded")),
  };
};

export type CardPaymentResult = "none" | "confirmed" | "waiting" | "failed";

/**
 * The latest card payment and what the treasurer returning from Stripe is told about it: confirmed only once
 * the webhook recorded it succeeded, waiting while the session is open, failed otherwise.
 */
export const latestCardPayment = <P extends PaymentProgress>(payments: readonly P[]): { state: CardPaymentResult; payment: P | null } => {
  const card = payments.filter((p) => p.method === "kkpd_card").at(-1);
  if (!card) return { state: "none", payment: null };
  return { state: card.status === "succeeded" ? "confirmed" : card.status === "pending" ? "waiting" : "failed", payment: card };
};

export type InvoiceStamp = { kind: "paid"; at: string } | { kind: "cancelled" } | null;

/** The stamp on a printed invoice: paid with its date, cancelled, or none while open. */
export const invoiceStamp = (invoice: InvoiceProgress): InvoiceStamp =>
  invoice.status === "paid" && invoice.paidAt ? { kind: "paid", at: invoice.paidAt } : invoice.status === "cancelled" ? { kind: "cancelled" } : null;
