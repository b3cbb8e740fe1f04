/** Calendar helpers for the seed; WITA (Asia/Makassar) is UTC+8 all year, no daylight saving. */

const WITA_OFFSET_MS = 8 * 3_600_000;
export const DAY_MS = 86_400_000;

/** Fiscal year = calendar year of `now` in WITA. */
export const fiscalYearOf = (now: Date) => new Date(now.getTime() + WITA_OFFSET_MS).getUTCFullYear();

/** A moment in WITA office hours (08:00–15:59) `daysAgo` calendar days before `now`'s WITA date; daysAgo ≥ 1 keeps it in the past. */
export const witaOfficeTime = (now: Date, daysAgo: number, hour: number, minute: number, second = 0) => {
  const local = new Date(now.getTime() + WITA_OFFSET_MS);
  const localMs = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() - daysAgo, hour, minute, second);
  return new Date(localMs - WITA_OFFSET_MS);
};

export const addYears = (date: Date, years: number) => {
  const copy = new Date(date.getTime());
  copy.setUTCFullYear(copy.getUTCFullYear() + years);
  return copy;
};

/** The WITA calendar date of a moment, as YYYY-MM-DD (what a `date` column holds). */
export const witaDate = (date: Date) => new Date(date.getTime() + WITA_OFFSET_MS).toISOString().slice(0, 10);

/** Whole days between two moments, rounded down. */
export const daysBetween = (earlier: Date, later: Date) => Math.floor((later.getTime() - earlier.getTime()) / DAY_MS);

export const earliest = (a: Date, b: Date) => (a.getTime() <= b.getTime() ? a : b);
export const latest = (a: Date, b: Date) => (a.getTime() >= b.getTime() ? a : b);
