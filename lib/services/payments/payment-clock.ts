import { db as defaultDb, type DbOrTx } from "@/db/client";
import { listInvoicesForClock } from "@/db/queries/invoices";
import { listOpdsWithRegion } from "@/db/queries/opds";
import { authorize } from "@/lib/auth/authorize";
import { can } from "@/lib/domain/auth/can";
import type { Viewer } from "@/lib/domain/auth/roles";
import { DEFAULT_NTB_POLICY } from "@/lib/domain/compliance/policy";
import { isOverdue, median, percentile, witaDaysBetween } from "@/lib/domain/payments/clock";
import { fiscalYearRange } from "@/lib/domain/time/wita";
import { distributeAges, paymentAgeBuckets } from "@/lib/domain/charts/payment-age";
import { maxDaysToPayByRegion } from "./policy-limits";
import type { PaymentClockOpdRow, PaymentClockView } from "./types";

type ClockOpd = { id: string; name: string; regionId: string };

/**
 * Per OPD, over the invoices whose BAST fell in the fiscal year (WITA): how many were paid and the median and
 * p90 of their BAST → paid days; how many orders still owe money and how many of those are past the policy's
 * limit; and the overdue orders themselves (not in the public view).
 */
const computeClock = async (db: DbOrTx, opds: readonly ClockOpd[], fiscalYear: number, now: Date, withOrders: boolean): Promise<PaymentClockView> => {
  const { from, to } = fiscalYearRange(fiscalYear);
  const invoices = await listInvoicesForClock(db, { opdIds: opds.map((o) => o.id), from, to });
  const limits = await maxDaysToPayByRegion(db, opds.map((o) => o.regionId), now);
  const opdById = new Map(opds.map((o) => [o.id, o]));
  const overdue: PaymentClockView["overdue"] = [];
  const ages = { paid: [] as number[], open: [] as number[] };
  const rows: PaymentClockOpdRow[] = opds.map((opd) => {
    const mine = invoices.filter((i) => i.opdId === opd.id);
    const days = mine.filter((i) => i.status === "paid" && i.paidAt).map((i) => witaDaysBetween(i.issuedAt, i.paidAt!));
    // Open invoices grouped by order: the order's clock runs from its oldest unpaid BAST.
    const openByOrder = new Map<string, { orderNumber: string; businessName: string; bastAt: Date; outstandingIdr: number }>();
    for (const i of mine.filter((x) => x.status === "open")) {
      const o = openByOrder.get(i.orderId);
      if (o) o.outstandingIdr += i.amountIdr;
      else openByOrder.set(i.orderId, { orderNumber: i.orderNumber, businessName: i.businessName, bastAt: i.issuedAt, outstandingIdr: i.amountIdr });
    }
    const limit = limits.get(opd.regionId)!;
    ages.paid.push(...days);
    for (const o of openByOrder.values()) ages.open.push(witaDaysBetween(o.bastAt, now));
    let overdueCount = 0;
    for (const [orderId, o] of openByOrder) {
      if (!isOverdue(o.bastAt, now, limit)) continue;
      overdueCount += 1;
      if (withOrders) {
        overdue.push({ orderId, orderNumber: o.orderNumber, opdName: opdById.get(opd.id)!.name, businessName: o.businessName, bastAt: o.bastAt.toISOString(), ageDays: witaDaysBetween(o.bastAt, now), outstandingIdr: o.outstandingIdr });
      }
    }
    return { opdId: opd.id, name: opd.name, paidCount: days.length, medianDays: median(days), p90Days: percentile(days, 90), openCount: openByOrder.size, overdueCount };
  });
  overdue.sort((a, b) => b.ageDays - a.ageDays || a.orderNumber.localeCompare(b.orderNumber));
  const regionLimits = [...new Set(limits.values())];
  const maxDaysToPay = regionLimits.length === 1 ? regionLimits[0]! : (regionLimits.length === 0 ? DEFAULT_NTB_POLICY.rules.paymentClock.maxDaysToPay : Math.min(...regionLimits));
  return { fiscalYear, maxDaysToPay, opds: rows, overdue, ageBuckets: distributeAges(paymentAgeBuckets(maxDaysToPay), ages) };
};

/**
 * The payment clock. Signed in (payment_clock.read): the treasurer sees their OPD(s), auditor and admin their
 * region, with the overdue orders. `publicView`: every OPD's days-to-pay and counts only — no orders, sellers
 * or people — and no sign-in needed.
 */
export const paymentClock = async (
  viewer: Viewer | null,
  options: { fiscalYear: number; opdId?: string; publicView?: boolean },
  now: Date = new Date(),
): Promise<PaymentClockView> => {
  if (options.publicView) {
    const opds = await listOpdsWithRegion(defaultDb, options.opdId ? { opdIds: [options.opdId] } : {});
    return computeClock(defaultDb, opds, options.fiscalYear, now, false);
  }
  const all = await listOpdsWithRegion(defaultDb, options.opdId ? { opdIds: [options.opdId] } : {});
  if (options.opdId) {
    const opd = all[0];
    authorize(viewer, "payment_clock.read", { opdId: options.opdId, regionId: opd?.regionId ?? "-" });
    return computeClock(defaultDb, all, options.fiscalYear, now, true);
  }
  // The treasurer's own OPD(s), or every OPD of the auditor's/admin's region: can() decides per OPD.
  const visible = all.filter((o) => can(viewer, "payment_clock.read", { opdId: o.id, regionId: o.regionId }));
  if (visible.length === 0) authorize(viewer, "payment_clock.read", { opdId: "-", regionId: "-" });
  return computeClock(defaultDb, visible, options.fiscalYear, now, true);
};

/**
 * Overdue orders (open invoices past the region's payment clock limit) per OPD, for BASTs of the fiscal year:
 * the `overduePayments` figure of the compliance summary. In the caller's transaction.
 */
export const overduePaymentsByOpd = async (tx: DbOrTx, params: { fiscalYear: number; now: Date; opdIds?: readonly string[] }) => {
  const opds = await listOpdsWithRegion(tx, params.opdIds ? { opdIds: params.opdIds } : {});
  const view = await computeClock(tx, opds, params.fiscalYear, params.now, false);
  return new Map(view.opds.map((o) => [o.opdId, o.overdueCount]));
};
