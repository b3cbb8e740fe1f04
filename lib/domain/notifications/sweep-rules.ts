import { isOverdue as isPaymentOverdue, witaDaysBetween } from "@/lib/domain/payments/clock";
import { isOverdue as isDecisionOverdue, workingDaysElapsed } from "@/lib/domain/procurement/working-days";
import { DAY_MS, witaDate, witaMidnight } from "@/lib/domain/time/wita";

/** A certification is announced this many days before its last valid day. */
export const CERTIFICATION_WARNING_DAYS = 30;

/** The WITA days [today, today + 30] whose expiring certifications are announced. */
export const expiryWindow = (now: Date) => ({ today: witaDate(now), lastDay: witaDate(new Date(now.getTime() + CERTIFICATION_WARNING_DAYS * DAY_MS)) });

/** The PPK is told once the request passed the approval limit (the escalation flag of the inbox). */
export const waitingRequest = (submittedAt: Date, now: Date, holidays: Iterable<string>, limit = 3) => {
  const days = [...holidays];
  return isDecisionOverdue(submittedAt, now, days, limit) ? { workingDays: workingDaysElapsed(submittedAt, now, days) } : null;
};

/** An order is overdue past the policy's days-to-pay, counted in WITA days from its oldest open BAST. */
export const overduePayment = (oldestBastAt: Date, now: Date, maxDaysToPay: number) =>
  isPaymentOverdue(oldestBastAt, now, maxDaysToPay) ? { days: witaDaysBetween(oldestBastAt, now) } : null;

/**
 * The last complete ISO week (Monday–Sunday, WITA) before `now`, as "IYYY-Www" and the instant it began: Peluang
 * are announced once per week and category, after the week is over.
 */
export const lastCompleteWeek = (now: Date) => {
  const today = new Date(`${witaDate(now)}T00:00:00Z`); // the WITA calendar day, as a UTC date
  const weekday = (today.getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const lastMonday = new Date(today.getTime() - (weekday + 7) * DAY_MS);
  return { since: witaMidnight(lastMonday.toISOString().slice(0, 10)), isoWeek: isoWeekOf(lastMonday) };
};

/** ISO 8601 week of a UTC date ("2026-W22"), computed from its Thursday. */
const isoWeekOf = (date: Date) => {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  d.setUTCDate(d.getUTCDate() + 3 - ((d.getUTCDay() + 6) % 7));
  const yearStart = new Date(Date.UTC(d.getUTCFullYear(), 0, 4));
  const week = 1 + Math.round(((d.getTime() - yearStart.getTime()) / DAY_MS - 3 + ((yearStart.getUTCDay() + 6) % 7)) / 7);
  return `${d.getUTCFullYear()}-W${String(week).padStart(2, "0")}`;
};
