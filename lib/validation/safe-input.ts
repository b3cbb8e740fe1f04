import { AppError, type Locale } from "@/lib/errors";

// Input hygiene every entry point applies before any schema: text that no field may hold. Postgres refuses NUL
// in text (SQLSTATE 22021) and a lone UTF-16 surrogate cannot be written as UTF-8 at all, so both would
// otherwise reach the database and come back as a 500; the other C0 controls have no place in names,
// titles, notes or references and make logs, CSV exports and PDFs misbehave. Tab, line feed and carriage
// return stay: descriptions and notes are multi-line.

// C0 controls except \t \n \r, and DEL; then a high surrogate not followed by a low one, or a low one
// not preceded by a high one.
const UNSAFE_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True when a string holds a character no text field accepts (see above). */
export const isUnsafeText = (value: string) => UNSAFE_TEXT.test(value);

const MAX_DEPTH = 32;

/**
 * The dotted path of the first string (value or object key) holding unsafe text, or "" for the value itself;
 * null when everything is clean. The walk stops deeper than any schema goes (a hostile body must not make it
 * recurse without end); the schema refuses such a shape anyway.
 */
export const findUnsafeText = (value: unknown, path: readonly (string | number)[] = []): string | null => {
  if (typeof value === "string") return isUnsafeText(value) ? path.join(".") : null;
  if (value === null || typeof value !== "object") return null;
  if (path.length >= MAX_DEPTH) return null;
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  for (const [key, item] of entries) {
    if (typeof key === "string" && isUnsafeText(key)) return [...path, key].join(".");
    const found = findUnsafeText(item, [...path, key]);
    if (found !== null) return found;
  }
  return null;
};

const UNSAFE_TEXT_MESSAGE = {
  id: "Isian memuat karakter yang tidak diizinkan (karakter kontrol atau teks yang rusak).",
  en: "The input contains characters that are not allowed (control characters or broken text).",
};

/** 400 `bad_request` naming the field, in the usual error shape, when any string of the input is unsafe. */
export const assertSafeInput = (value: unknown, locale: Locale = "id") => {
  const path = findUnsafeText(value);
  if (path === null) return;
  throw new AppError("bad_request", UNSAFE_TEXT_MESSAGE, [{ path, code: "invalid_text", message: UNSAFE_TEXT_MESSAGE[locale] }]);
};
