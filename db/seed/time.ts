/** Calendar helpers for the seed; everything WITA comes from the one module in lib/domain/time. */
import { DAY_MS } from "@/lib/domain/time/wita";

export { DAY_MS, witaDate, witaOfficeTime, witaYear as fiscalYearOf } from "@/lib/domain/time/wita";

export const addYears = (date: Date, years: number) => {
  const copy = new Date(date.getTime());
  copy.setUTCFullYear(copy.getUTCFullYear() + years);
  return copy;
};

/** Whole days between two moments, rounded down. */
export const daysBetween = (earlier: Date, later: Date) => Math.floor((later.getTime() - earlier.getTime()) / DAY_MS);

export const earliest = (a: Date, b: Date) => (a.getTime() <= b.getTime() ? a : b);
export const latest = (a: Date, b: Date) => (a.getTime() >= b.getTime() ? a : b);
