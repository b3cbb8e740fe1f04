import { z } from "zod";

// The one reader of instants sent by clients (payment and payout dates). z.coerce.date() took `null` and `true`
// as 1970, numbers as epoch milliseconds and years Postgres cannot store (SQLSTATE 22008, a 500); here an
// instant is an ISO 8601 string (or a Date from an action's own parsing) within the years the platform runs in.

const ISO_8601 = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;

/** Earliest and latest year accepted: every real payment date, and well inside what timestamptz holds. */
export const MIN_INPUT_YEAR = 2000;
export const MAX_INPUT_YEAR = 2100;

const inYears = (at: Date) => at.getUTCFullYear() >= MIN_INPUT_YEAR && at.getUTCFullYear() <= MAX_INPUT_YEAR;

// V8 rolls 2026-02-30 over to March 2nd; a day the calendar does not have is unreadable, not another day.
const isCalendarDay = (text: string) => {
  const [y, m, d] = text.slice(0, 10).split("-").map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d));
  return day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
};

const toDate = (v: unknown) => {
  if (typeof v !== "string") return v;
  const text = v.trim();
  return ISO_8601.test(text) && isCalendarDay(text) ? new Date(text) : v;
};

/** `date_format` marks an unreadable value: lib/validation/messages answers 400 for it, not 422. */
export const instantInput = z
  .preprocess(toDate, z.date({ error: "date_format" }))
  .refine(inYears, { error: "date_format" })
  .describe("ISO 8601 instant, e.g. 2026-11-20T03:00:00Z.");
