/** The UI languages. Bahasa Indonesia is the default; the choice lives in a cookie, never in the URL. */
export const LOCALES = ["id", "en"] as const;
export type AppLocale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: AppLocale = "id";
export const LOCALE_COOKIE = "NEXT_LOCALE";

export const isAppLocale = (value: unknown): value is AppLocale =>
  typeof value === "string" && (LOCALES as readonly string[]).includes(value);

/** Unknown or missing cookie values fall back to Bahasa Indonesia rather than failing the page. */
export const resolveLocale = (value: unknown): AppLocale => (isAppLocale(value) ? value : DEFAULT_LOCALE);
