/**
 * Etalase lift: for a featured seller, orders and new OPD buyers in the 14 and 30 days after it was featured,
 * against the 30 days before. Pure: the caller passes the seller's orders (when, which OPD) and `now`.
 *
 * A "new OPD buyer" in a window is an OPD whose first-ever order from this seller falls in that window, so an
 * office that already bought before featuring is never counted as new after it.
 */
const DAY_MS = 24 * 60 * 60 * 1000;
export const LIFT_WINDOWS = { before: 30, after: [14, 30] } as const;

export type LiftOrder = { placedAt: Date; opdId: string };
export type LiftWindow = { days: number; orders: number; newOpdBuyers: number; /** False while the window has not ended yet. */ complete: boolean };
export type ShowcaseLift = { featuredAt: Date; before30: LiftWindow; after14: LiftWindow; after30: LiftWindow };

const countIn = (orders: readonly LiftOrder[], firstByOpd: Map<string, number>, from: number, to: number) => {
  const inWindow = orders.filter((o) => o.placedAt.getTime() >= from && o.placedAt.getTime() < to);
  const newOpds = [...firstByOpd.values()].filter((t) => t >= from && t < to).length;
  return { orders: inWindow.length, newOpdBuyers: newOpds };
};

export const showcaseLift = (featuredAt: Date, orders: readonly LiftOrder[], now: Date): ShowcaseLift => {
  const firstByOpd = new Map<string, number>();
  for (const o of orders) {
    const t = o.placedAt.getTime();
    const first = firstByOpd.get(o.opdId);
    if (first === undefined || t < first) firstByOpd.set(o.opdId, t);
  }
  const f = featuredAt.getTime();
  const window = (from: number, to: number, days: number): LiftWindow => ({ days, ...countIn(orders, firstByOpd, from, to), complete: now.getTime() >= to });
  return {
    featuredAt,
    before30: window(f - LIFT_WINDOWS.before * DAY_MS, f, LIFT_WINDOWS.before),
    after14: window(f, f + 14 * DAY_MS, 14),
    after30: window(f, f + 30 * DAY_MS, 30),
  };
};

/** Orders per day after featuring against before, as a ratio (null when there is nothing before to compare with). */
export const liftRatio = (after: LiftWindow, before: LiftWindow): number | null =>
  before.orders === 0 ? null : after.orders / after.days / (before.orders / before.days);
