import { witaDaysBetween } from "@/lib/domain/payments/clock";
import { witaLocalInput } from "@/lib/domain/time/wita";
import type { ApprovalTiming, FlagContext, InvoiceTiming, ShippedOrder, SignedReceipt } from "../facts";
import type { RedFlagPolicy } from "../policy";
import { flagKey, type RedFlag } from "../types";
import { isOutsideWorkingHours, workingDaysBetween } from "../working-hours";

/**
 * The approver took more than `approvalMaxWorkingDays` working days (WITA, weekends and holidays skipped) after
 * the day of submission; a request still waiting counts its days until now.
 */
export const approvalDelayFlags = (rows: readonly ApprovalTiming[], policy: RedFlagPolicy, ctx: FlagContext): RedFlag[] =>
  rows.flatMap((r): RedFlag[] => {
    const until = r.decidedAt ?? ctx.now;
    const workingDays = workingDaysBetween(r.submittedAt, until, ctx.holidays);
    if (workingDays <= policy.approvalMaxWorkingDays) return [];
    return [{
      key: flagKey("approval_delay", ctx.fiscalYear, r.requestId),
      kind: "approval_delay",
      fiscalYear: ctx.fiscalYear,
      opdIds: [r.opdId],
      at: r.submittedAt,
      links: [{ type: "request", id: r.requestId, label: r.requestNumber }, { type: "buyer", id: r.buyerId, opdId: r.opdId, label: r.buyerName }],
      params: { workingDays, limit: policy.approvalMaxWorkingDays, pending: r.decidedAt ? 0 : 1 },
    }];
  });

/** The approver's decision taken outside working hours (WITA), on a weekend or on a holiday. */
export const afterHoursApprovalFlags = (rows: readonly ApprovalTiming[], policy: RedFlagPolicy, ctx: FlagContext): RedFlag[] =>
  rows.flatMap((r): RedFlag[] =>
    r.decidedAt && isOutsideWorkingHours(r.decidedAt, ctx.holidays, policy.workdayStartHour, policy.workdayEndHour)
      ? [{
          key: flagKey("outside_working_hours", ctx.fiscalYear, "approval", r.requestId),
          kind: "outside_working_hours",
          fiscalYear: ctx.fiscalYear,
          opdIds: [r.opdId],
          at: r.decidedAt,
          links: [{ type: "request", id: r.requestId, label: r.requestNumber }],
          params: { decision: "approval", wita: witaLocalInput(r.decidedAt).replace("T", " "), startHour: policy.workdayStartHour, endHour: policy.workdayEndHour },
        }]
      : [],
  );

/** A BAST signed outside working hours (WITA), on a weekend or on a holiday. */
export const afterHoursReceiptFlags = (rows: readonly SignedReceipt[], policy: RedFlagPolicy, ctx: FlagContext): RedFlag[] =>
  rows.flatMap((r): RedFlag[] =>
    isOutsideWorkingHours(r.signedAt, ctx.holidays, policy.workdayStartHour, policy.workdayEndHour)
      ? [{
          key: flagKey("outside_working_hours", ctx.fiscalYear, "bast", r.receiptId),
          kind: "outside_working_hours",
          fiscalYear: ctx.fiscalYear,
          opdIds: [r.opdId],
          at: r.signedAt,
          links: [{ type: "receipt", id: r.receiptId, orderId: r.orderId, label: r.receiptNumber }, { type: "order", id: r.orderId, label: r.orderNumber }],
          params: { decision: "bast", wita: witaLocalInput(r.signedAt).replace("T", " "), startHour: policy.workdayStartHour, endHour: policy.workdayEndHour },
        }]
      : [],
  );

const invoiceLinks = (r: InvoiceTiming): RedFlag["links"] => [
  { type: "invoice", id: r.invoiceId, orderId: r.orderId, label: r.invoiceNumber },
  { type: "receipt", id: r.receiptId, orderId: r.orderId, label: r.receiptNumber },
  { type: "order", id: r.orderId, label: r.orderNumber },
];

/**
 * The payment clock (WITA calendar days from BAST, the policy's `maxDaysToPay`): paid, but late; or still unpaid
 * past the limit (a stale transaction: the seller waits).
 */
export const paymentFlags = (rows: readonly InvoiceTiming[], maxDaysToPay: number, ctx: FlagContext): RedFlag[] =>
  rows.flatMap((r): RedFlag[] => {
    const days = witaDaysBetween(r.issuedAt, r.paidAt ?? ctx.now);
    if (days <= maxDaysToPay) return [];
    const kind = r.paidAt ? "payment_delay" : "bast_unpaid";
    return [{
      key: flagKey(kind, ctx.fiscalYear, r.invoiceId),
      kind,
      fiscalYear: ctx.fiscalYear,
      opdIds: [r.opdId],
      at: r.issuedAt,
      links: invoiceLinks(r),
      params: { days, limit: maxDaysToPay, amountIdr: r.amountIdr, seller: r.businessName },
    }];
  });

/** Shipped, and no BAST signed for more than `shippedWithoutBastDays` calendar days (WITA): goods in limbo. */
export const shippedWithoutBastFlags = (rows: readonly ShippedOrder[], policy: RedFlagPolicy, ctx: FlagContext): RedFlag[] =>
  rows.flatMap((r): RedFlag[] => {
    const days = witaDaysBetween(r.shippedAt, ctx.now);
    if (days <= policy.shippedWithoutBastDays) return [];
    return [{
      key: flagKey("shipped_without_bast", ctx.fiscalYear, r.orderId),
      kind: "shipped_without_bast",
      fiscalYear: ctx.fiscalYear,
      opdIds: [r.opdId],
      at: r.shippedAt,
      links: [{ type: "order", id: r.orderId, label: r.orderNumber }],
      params: { days, limit: policy.shippedWithoutBastDays, amountIdr: r.totalIdr, seller: r.businessName },
    }];
  });
