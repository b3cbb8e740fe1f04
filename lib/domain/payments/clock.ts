import { witaDayNumber } from "@/lib/domain/time/wita";

// The payment clock: days from BAST to payment counted in WITA calendar days, and its median and p90.

/** Calendar days in WITA between two instants (a BAST at 23:00 paid at 01:00 the next day took 1 day). */
export const witaDaysBetween = (from: Date, to: Date) => witaDayNumber(to) - witaDayNumber(from);

/** Median of the values; the mean of the two middle ones for an even count; null when empty. */
export const median = (values: readonly number[]): number | null => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/**
 * The p-th percentile by nearest rank: the smallest value with at least p % of the values at or below it
 * (always one of the observed days, so "90 % of invoices were paid within N days" reads literally).
 */
export const percentile = (values: readonly number[], p: number): number | null => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
};

/** An unpaid BAST is overdue once more calendar days than the policy allows have passed. */
export const isOverdue = (bastAt: Date, now: Date, maxDaysToPay: number) => witaDaysBetween(bastAt, now) > maxDaysToPay;

export type CardPayoutTiming = { paidAt: Date; disbursedAt: Date | null };

export type PlatformClockFigures = {
  disbursedCount: number;
  medianDays: number | null;
  p90Days: number | null;
  waitingCount: number;
  /** WITA days the longest-waiting undisbursed card payment has waited by `now`; null when none waits. */
  oldestWaitDays: number | null;
};

/**
 * The platform's clock, paid → disbursed, with the office clock's conventions: WITA calendar days, median (mean
 * of the two middle values) and p90 by nearest rank over disbursed card payments; the rest are still waiting.
 */
export const platformClock = (items: readonly CardPayoutTiming[], now: Date): PlatformClockFigures => {
  const days = items.filter((i) => i.disbursedAt).map((i) => witaDaysBetween(i.paidAt, i.disbursedAt!));
  const waits = items.filter((i) => !i.disbursedAt).map((i) => Math.max(0, witaDaysBetween(i.paidAt, now)));
  return {
    disbursedCount: days.length,
    medianDays: median(days),
    p90Days: percentile(days, 90),
    waitingCount: waits.length,
    oldestWaitDays: waits.length ? Math.max(...waits) : null,
  };
};
