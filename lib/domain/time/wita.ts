/** WITA (Asia/Makassar) is UTC+8 all year: Indonesia has no daylight saving, so a fixed offset is exact. */
const WITA_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The calendar date in WITA as YYYY-MM-DD: what a clerk in Mataram would write on a form. */
export const witaDate = (at: Date): string => new Date(at.getTime() + WITA_OFFSET_MS).toISOString().slice(0, 10);

/** Whole days since 1970-01-01 in WITA, for counting calendar-day windows. */
export const witaDayNumber = (at: Date): number => Math.floor((at.getTime() + WITA_OFFSET_MS) / DAY_MS);

export const witaYear = (at: Date): number => Number(witaDate(at).slice(0, 4));

/** Midnight WITA at the start of a YYYY-MM-DD date, as an instant. */
export const witaMidnight = (date: string): Date => new Date(Date.parse(`${date}T00:00:00Z`) - WITA_OFFSET_MS);
