import { DAY_MS } from "@/lib/domain/time/wita";

// Day-number arithmetic for the rules that look at every request and BAST of a year: the same WITA calendar as
// lib/domain/procurement/working-days.ts (tests hold them equal), without building date strings per row.

const HOUR_MS = 3_600_000;
const WITA_OFFSET_MS = 8 * HOUR_MS;

/** Whole WITA days since 1970-01-01 and the WITA hour of an instant. */
export const witaDayAndHour = (at: Date) => {
  const ms = at.getTime() + WITA_OFFSET_MS;
  const day = Math.floor(ms / DAY_MS);
  return { day, hour: Math.floor((ms - day * DAY_MS) / HOUR_MS) };
};

/** The region's holidays (YYYY-MM-DD) as WITA day numbers. */
export const holidayDayNumbers = (dates: Iterable<string>): ReadonlySet<number> =>
  new Set([...dates].map((d) => Math.floor(Date.parse(`${d}T00:00:00Z`) / DAY_MS)));

const isWorkingDayNumber = (day: number, holidays: ReadonlySet<number>) => {
  const weekday = (((day + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
  return weekday !== 0 && weekday !== 6 && !holidays.has(day);
};

/** Working days after the WITA day of `from` up to and including the day of `to` (as workingDaysElapsed). */
export const workingDaysBetween = (from: Date, to: Date, holidays: ReadonlySet<number>) => {
  if (to.getTime() <= from.getTime()) return 0;
  const last = witaDayAndHour(to).day;
  let count = 0;
  for (let day = witaDayAndHour(from).day + 1; day <= last; day += 1) if (isWorkingDayNumber(day, holidays)) count += 1;
  return count;
};

/**
 * Outside working hours in WITA: on a weekend, on one of the region's holidays, or before `startHour` /
 * from `endHour` on a working day.
 */
export const isOutsideWorkingHours = (at: Date, holidays: ReadonlySet<number>, startHour: number, endHour: number) => {
  const { day, hour } = witaDayAndHour(at);
  return !isWorkingDayNumber(day, holidays) || hour < startHour || hour >= endHour;
};
