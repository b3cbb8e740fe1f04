import { witaDayNumber } from "@/lib/domain/time/wita";

const DAY_MS = 86_400_000;

/** 0 = Sunday … 6 = Saturday, for a WITA day number (1970-01-01 was a Thursday). */
const weekdayOf = (dayNumber: number) => (((dayNumber + 4) % 7) + 7) % 7;

const dateOfDayNumber = (dayNumber: number) => new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);

export const isWorkingDay = (date: string, holidays: ReadonlySet<string>) => {
  const dayNumber = Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
  const weekday = weekdayOf(dayNumber);
  return weekday !== 0 && weekday !== 6 && !holidays.has(date);
};

/**
 * Working days (WITA; weekends and the given holidays skipped) after the day of `from`, up to and
 * including the day of `to`: submitted on Monday, it is 1 on Tuesday and 4 on Friday.
 */
export const workingDaysElapsed = (from: Date, to: Date, holidays: Iterable<string>): number => {
  if (to.getTime() <= from.getTime()) return 0;
  const skip = new Set(holidays);
  let count = 0;
  for (let day = witaDayNumber(from) + 1; day <= witaDayNumber(to); day += 1) {
    if (isWorkingDay(dateOfDayNumber(day), skip)) count += 1;
  }
  return count;
};

/**
 * An approver has `limit` working days (WITA) after the day of submission; from the working day after
 * that the request is overdue. Submitted Monday, limit 3 → due by end of Thursday, overdue on Friday.
 */
export const isOverdue = (submittedAt: Date, now: Date, holidays: Iterable<string>, limit = 3): boolean =>
  workingDaysElapsed(submittedAt, now, holidays) > limit;

/** The last WITA date on which the approver is still on time (the `limit`-th working day after submission). */
export const dueDate = (submittedAt: Date, holidays: Iterable<string>, limit = 3): string => {
  const skip = new Set(holidays);
  let day = witaDayNumber(submittedAt);
  let counted = 0;
  while (counted < limit) {
    day += 1;
    if (isWorkingDay(dateOfDayNumber(day), skip)) counted += 1;
  }
  return dateOfDayNumber(day);
};
