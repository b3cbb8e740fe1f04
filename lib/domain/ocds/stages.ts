import type { OcdsOrderRecord, OcdsOrderStatus, OcdsRequestRecord } from "./records";
import type { OcdsReleaseTag } from "./release-types";

// A contracting process changes in steps: submitted, approved (awards and Surat Pesanan), accepted or declined
// by each seller, shipped, received (BAST + invoice), paid, refunded, closed. Each step is published as its own
// release describing the process as it stood right after that step; this file finds the steps and cuts the
// record back to any of those moments.

export type OcdsStage = { at: Date; tags: OcdsReleaseTag[] };

const TAG_ORDER: OcdsReleaseTag[] = [
  "tender", "award", "awardUpdate", "awardCancellation", "contract", "contractUpdate", "implementation", "implementationUpdate", "contractTermination",
];

/** Every dated step of the process, steps at the same instant merged into one (their tags united). */
export const stagesOf = (request: OcdsRequestRecord): OcdsStage[] => {
  const steps: Array<{ at: Date | null; tags: OcdsReleaseTag[] }> = [{ at: request.submittedAt, tags: ["tender"] }];
  for (const order of request.orders) {
    steps.push({ at: order.placedAt, tags: ["award", "contract"] });
    steps.push({ at: order.acceptedAt, tags: ["contractUpdate"] });
    steps.push({ at: order.declinedAt, tags: ["awardUpdate", "contractUpdate"] });
    steps.push({ at: order.cancelledAt, tags: ["awardCancellation", "contractUpdate"] });
    steps.push({ at: order.shippedAt, tags: ["implementation"] });
    for (const r of order.receipts) steps.push({ at: r.signedAt, tags: ["implementation"] });
    for (const i of order.invoices) steps.push({ at: i.issuedAt, tags: ["implementation"] });
    for (const p of order.payments) {
      steps.push({ at: p.paidAt, tags: ["implementation"] });
      if (p.refundedAmountIdr > 0) steps.push({ at: p.refundedAt ?? p.updatedAt, tags: ["implementationUpdate"] });
    }
  }
  const byInstant = new Map<number, Set<OcdsReleaseTag>>();
  for (const step of steps) {
    if (!step.at) continue;
    const tags = byInstant.get(step.at.getTime()) ?? new Set<OcdsReleaseTag>();
    for (const tag of step.tags) tags.add(tag);
    byInstant.set(step.at.getTime(), tags);
  }
  if (byInstant.size === 0) throw new RangeError(`Request ${request.number} has no dated event to publish`);
  // Closing an order is the one published change no column dates (invoiced and paid do not change what a
  // release says): the audit trail dates it, as one more step. Other later audit events (a transfer recorded
  // after its value date, say) change nothing published, so they mint no release.
  const last = Math.max(...byInstant.keys());
  if (request.lastAuditAt && request.lastAuditAt.getTime() > last && request.orders.some((o) => o.status === "closed")) {
    byInstant.set(request.lastAuditAt.getTime(), new Set<OcdsReleaseTag>(["contractTermination"]));
  }
  return [...byInstant.entries()]
    .sort(([a], [b]) => a - b)
    .map(([at, tags]) => ({ at: new Date(at), tags: TAG_ORDER.filter((t) => tags.has(t)) }));
};

const upTo = (at: Date | null, t: number) => (at !== null && at.getTime() <= t ? at : null);

/**
 * The order's status at `t` from its dated steps. Invoiced/paid/closed carry no date of their own and do not
 * change the published contract status except closed, which only the final release (t at or after every step)
 * shows, from the stored status.
 */
const orderStatusAt = (order: OcdsOrderRecord, t: number, isFinal: boolean): OcdsOrderStatus => {
  if (isFinal) return order.status;
  if (upTo(order.cancelledAt, t)) return "cancelled";
  if (upTo(order.declinedAt, t)) return "declined";
  if (upTo(order.receivedAt, t)) return "received";
  if (upTo(order.shippedAt, t)) return "shipped";
  if (upTo(order.acceptedAt, t)) return "accepted";
  return "placed";
};

/** The record as it stood at `at`: later steps removed, statuses as they then were. */
export const recordAsOf = (request: OcdsRequestRecord, at: Date, isFinal: boolean): OcdsRequestRecord => {
  const t = at.getTime();
  const decided = upTo(request.decidedAt, t);
  const orders = request.orders
    .filter((o) => o.placedAt.getTime() <= t)
    .map((o) => ({
      ...o,
      status: orderStatusAt(o, t, isFinal),
      acceptedAt: upTo(o.acceptedAt, t),
      declinedAt: upTo(o.declinedAt, t),
      shippedAt: upTo(o.shippedAt, t),
      receivedAt: upTo(o.receivedAt, t),
      cancelledAt: upTo(o.cancelledAt, t),
      receipts: o.receipts.filter((r) => r.signedAt.getTime() <= t),
      invoices: o.invoices.filter((i) => i.issuedAt.getTime() <= t).map((i) => ({ ...i, paidAt: upTo(i.paidAt, t) })),
      payments: o.payments
        .filter((p) => p.paidAt.getTime() <= t)
        .map((p) => (upTo(p.refundedAt ?? p.updatedAt, t) ? p : { ...p, status: "succeeded" as const, refundedAmountIdr: 0, refundedAt: null })),
    }));
  const status = isFinal ? request.status : orders.length > 0 ? (request.status === "cancelled" ? "ordered" : request.status) : decided ? request.status : "submitted";
  return { ...request, status, decidedAt: decided, orders };
};
