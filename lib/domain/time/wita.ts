/**
 * The one WITA module. Dates are stored UTC and always read in NTB's zone, WITA (Asia/Makassar), whatever the
 * server's or the browser's zone is, so a clerk and an auditor see the same day for the same record. WITA is
 * UTC+8 all year (Indonesia has no daylight saving), so a fixed offset is exact. Pure: callers pass `now`.
 */

export const WITA_TIME_ZONE = "Asia/Makassar";
export const WITA_OFFSET_MS = 8 * 60 * 60 * 1000;
export const DAY_MS = 24 * 60 * 60 * 1000;

type Instant = Date | string | number;
const toDate = (value: Instant) => (value instanceof Date ? value : new Date(value));
const shifted = (at: Instant) => new Date(toDate(at).getTime() + WITA_OFFSET_MS);

// ---- calendar ---------------------------------------------------------------------------------------------

/** The calendar date in WITA as YYYY-MM-DD: what a clerk in Mataram would write on a form (and a `date` column holds). */
export const witaDate = (at: Instant): string => shifted(at).toISOString().slice(0, 10);

/** Whole days since 1970-01-01 in WITA, for counting calendar-day windows. */
export const witaDayNumber = (at: Instant): number => Math.floor(shifted(at).getTime() / DAY_MS);

/** The fiscal year is the calendar year in WITA: 31 Dec 16:30 UTC is already the next year in Mataram. */
export const witaYear = (at: Instant): number => shifted(at).getUTCFullYear();

/** Midnight WITA at the start of a YYYY-MM-DD date, as an instant. */
export const witaMidnight = (date: string): Date => new Date(Date.parse(`${date}T00:00:00Z`) - WITA_OFFSET_MS);

/** Noon WITA of a YYYY-MM-DD date: the instant to format a date-only value with, far from either midnight. */
export const witaNoon = (date: string): Date => new Date(witaMidnight(date).getTime() + DAY_MS / 2);

/** [1 Jan 00:00 WITA, next 1 Jan 00:00 WITA): the fiscal year as instants. */
export const fiscalYearRange = (year: number) => ({ from: witaMidnight(`${year}-01-01`), to: witaMidnight(`${year + 1}-01-01`) });

/** True when YYYY-MM-DD is a real calendar day (Date.parse rolls 2026-02-30 over to 2 March). */
export const isCalendarDay = (day: string): boolean => {
  const parsed = Date.parse(`${day}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(day) && !Number.isNaN(parsed) && new Date(parsed).toISOString().slice(0, 10) === day;
};

/** A moment in WITA office hours `daysAgo` calendar days before `now`'s WITA date (the seed's clock). */
export const witaOfficeTime = (now: Date, daysAgo: number, hour: number, minute: number, second = 0): Date => {
  const local = shifted(now);
  const localMs = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() - daysAgo, hour, minute, second);
  return new Date(localMs - WITA_OFFSET_MS);
};

// ---- wall-clock text ----------------------------------------------------------------------------------------

/** `YYYY-MM-DD HH:mm` in WITA: the clock an NTB clerk reads; Excel parses it as a date (CSV exports). */
export const witaDateTimeText = (at: Instant): string => shifted(at).toISOString().slice(0, 16).replace("T", " ");

/** `YYYY-MM-DDTHH:mm` in WITA: the value a datetime-local field holds. */
export const witaLocalInput = (at: Instant): string => shifted(at).toISOString().slice(0, 16);

const LOCAL_WITHOUT_OFFSET = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;
const WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * An instant from an ISO string with an offset, or a local "YYYY-MM-DDTHH:mm" (a datetime-local field) read
 * as WITA. Anything else, or a day that is not on the calendar, is null.
 */
export const parseWitaInstant = (value: string): Date | null => {
  const local = LOCAL_WITHOUT_OFFSET.exec(value);
  const iso = local ? `${local[1]}T${local[2]}:${local[3]}:${local[4] ?? "00"}+08:00` : WITH_OFFSET.test(value) ? value : null;
  if (!iso) return null;
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return null;
  return witaDate(at) === (local ? local[1] : witaDate(at)) ? at : null;
};

/**
 * A paid/disbursed date typed as a WITA calendar day becomes an instant: today means "now" (so the clock
 * stops now, not at a guessed hour); an earlier day means the last second of that day, which is never
 * before a BAST signed on that same day. Anything else is returned as typed so the schema refuses it.
 */
export const witaDayToInstant = (value: string, now: Date): Date | string => {
  const day = value.trim();
  if (!isCalendarDay(day)) return value;
  if (day === witaDate(now)) return now;
  return new Date(witaMidnight(day).getTime() + DAY_MS - 1000);
};

// ---- display ------------------------------------------------------------------------------------------------

const intlLocale = (locale: string) => (locale === "en" ? "en-GB" : "id-ID");

/** "12 Mar 2025" */
export const formatWitaDate = (value: Instant, locale: string = "id"): string =>
  new Intl.DateTimeFormat(intlLocale(locale), { timeZone: WITA_TIME_ZONE, day: "numeric", month: "short", year: "numeric" }).format(toDate(value));

/** "12 Mar 2025, 14.30 WITA" (id) / "12 Mar 2025, 14:30 WITA" (en) */
export const formatWitaDateTime = (value: Instant, locale: string = "id"): string =>
  `${new Intl.DateTimeFormat(intlLocale(locale), {
    timeZone: WITA_TIME_ZONE,
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(toDate(value))} WITA`;

/** Date and time by default; `{ time: false }` for the date only. */
export const formatWita = (value: Instant, locale: string = "id", options: { time?: boolean } = {}): string =>
  options.time === false ? formatWitaDate(value, locale) : formatWitaDateTime(value, locale);

/** A date-only value (YYYY-MM-DD, e.g. a due date or an expiry) as "12 Mar 2025". */
export const formatWitaDay = (date: string, locale: string = "id"): string => formatWitaDate(witaNoon(date), locale);
