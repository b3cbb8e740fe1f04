import { toAppError, type AppError, type Locale } from "@/lib/errors";
import { fieldErrors } from "@/lib/validation/messages";
import type { FormState } from "./form-state";

/** Anything thrown, as an AppError; what was not thrown on purpose is logged here, once, and shown generically. */
export const reportedError = (error: unknown): AppError => {
  const appError = toAppError(error);
  if (appError.code === "internal") console.error(error);
  return appError;
};

/**
 * What the form shows after a refusal, in the viewer's language: the message, one message per field, and
 * what was typed (never the password) so the form keeps it when `formData` is given.
 */
export const formStateOf = (error: AppError, locale: Locale, formData?: FormData): FormState => {
  const values: Record<string, string> = {};
  formData?.forEach((v, k) => {
    if (typeof v === "string" && k !== "password") values[k] = v;
  });
  const fields = fieldErrors(error.details);
  // A single-field error from a service (e.g. "NIB sudah terdaftar") reads best in the viewer's language.
  const keys = Object.keys(fields);
  if (keys.length === 1 && Array.isArray(error.details) && error.details.length === 1) fields[keys[0]!] = error.localized[locale];
  return { ok: false, message: error.localized[locale], fields, values };
};

/** The form's text fields, without React's own `$ACTION…` entries. */
export const formObject = (formData: FormData): Record<string, string> => {
  const out: Record<string, string> = {};
  formData.forEach((v, k) => {
    if (typeof v === "string" && !k.startsWith("$")) out[k] = v;
  });
  return out;
};

/** One trimmed text field; absent reads as "". */
export const textField = (formData: FormData, key: string) => String(formData.get(key) ?? "").trim();
