import { isOverdue as isPaymentOverdue, witaDaysBetween } from "@/lib/domain/payments/clock";
import { isOverdue as isDecisionOverdue, workingDaysElapsed } from "@/lib/domain/procurement/working-days";
import { DAY_MS, witaDate } from "@/lib/domain/time/wita";

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
