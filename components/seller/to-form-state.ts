import "server-only";
import { toAppError, type Locale } from "@/lib/errors";
import { fieldErrors } from "@/lib/validation/messages";
import type { FormState } from "./form-state";

/** Maps anything a service threw to what the form shows, in the viewer's language; unknown errors are logged. */
export const toFormState = (error: unknown, locale: Locale, formData?: FormData): FormState => {
  const appError = toAppError(error);
  if (appError.code === "internal") console.error(error);
  const values: Record<string, string> = {};
  formData?.forEach((v, k) => {
    if (typeof v === "string" && k !== "password") values[k] = v;
  });
  const fields = fieldErrors(appError.details);
  // A single-field error from a service (e.g. "NIB sudah terdaftar") reads best in the viewer's language.
  const keys = Object.keys(fields);
  if (keys.length === 1 && Array.isArray(appError.details) && appError.details.length === 1) fields[keys[0]!] = appError.localized[locale];
  return { ok: false, message: appError.localized[locale], fields, values };
};

export const formObject = (formData: FormData): Record<string, string> => {
  const out: Record<string, string> = {};
  formData.forEach((v, k) => {
    if (typeof v === "string" && !k.startsWith("$")) out[k] = v;
  });
  return out;
};
