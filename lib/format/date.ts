/**
 * Dates are stored in UTC and always shown in NTB's time zone (WITA, Asia/Makassar, UTC+8), whatever the
 * server's or the browser's zone is, so a clerk and an auditor see the same day for the same record.
 */

export const WITA_TIME_ZONE = "Asia/Makassar";

const intlLocale = (locale: string) => (locale === "en" ? "en-GB" : "id-ID");

const toDate = (value: Date | string | number) => (value instanceof Date ? value : new Date(value));

/** "12 Mar 2025" */
export const formatWitaDate = (value: Date | string | number, locale: string = "id"): string =>
  new Intl.DateTimeFormat(intlLocale(locale), {
    timeZone: WITA_TIME_ZONE,
    day: "numeric",
    month: "short",
    year: "numeric",
  }).format(toDate(value));

/** "12 Mar 2025, 14.30 WITA" (id) / "12 Mar 2025, 14:30 WITA" (en) */
export const formatWitaDateTime = (value: Date | string | number, locale: string = "id"): string =>
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
export const formatWita = (
  value: Date | string | number,
  locale: string = "id",
  options: { time?: boolean } = {},
): string => (options.time === false ? formatWitaDate(value, locale) : formatWitaDateTime(value, locale));

/** The fiscal year is the calendar year in WITA: 31 Dec 16:30 UTC is already the next year in Mataram. */
export const witaYear = (value: Date | string | number = new Date()): number =>
  Number(new Intl.DateTimeFormat("en-US", { timeZone: WITA_TIME_ZONE, year: "numeric" }).format(toDate(value)));
