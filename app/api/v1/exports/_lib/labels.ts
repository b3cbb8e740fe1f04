import type { Locale } from "@/lib/errors";
import { catalogs } from "@/lib/i18n/messages";

// Column headers are chosen per request (Indonesian unless the caller asks for English), like error messages.
export type Bilingual = { id: string; en: string };

export const pick = (text: Bilingual, locale: Locale) => text[locale];

/** A yes/no cell written as a person reads it: "Ya"/"Tidak", or "Yes"/"No" in English. */
export const yesNo = (value: boolean, locale: Locale) => (locale === "en" ? (value ? "Yes" : "No") : value ? "Ya" : "Tidak");

/** Enum labels come from the UI's catalogs, so the file says what the page says. */
export const catalogOf = (locale: Locale) => catalogs[locale];
