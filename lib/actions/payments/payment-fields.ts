import type { AppError, Locale } from "@/lib/errors";
import type { FormState } from "../form-state";

type FieldMessages = {
  (key: "errorReferenceFormat" | "errorAmountFormat" | "errorDate" | "errorMethod"): string;
};

// Which input a service refusal is about, by its `reason` (e.g. reference_used → the reference field), so
// the message appears next to that field instead of only at the top of the form.
const FIELD_BY_REASON: Array<[RegExp, string]> = [
  [/reference/, "reference"],
  [/amount/, "amountIdr"],
  [/paid_?at|future|before_bast|disbursed_?at/, "paidAt"],
];

// The transfer schema's own keys ("reference") have no shared message; these say what to type instead.
const SCHEMA_FIELD_MESSAGE: Record<string, Parameters<FieldMessages>[0]> = {
  reference: "errorReferenceFormat",
  amountIdr: "errorAmountFormat",
  paidAt: "errorDate",
  disbursedAt: "errorDate",
  method: "errorMethod",
};

/** Field placement for the payment forms (SP2D/UP, card, payout) on top of the usual form state. */
export const placePaymentFields = (state: FormState, error: AppError, locale: Locale, t: FieldMessages): FormState => {
  const fields: Record<string, string> = {};
  for (const name of Object.keys(state.fields ?? {})) {
    const key = SCHEMA_FIELD_MESSAGE[name];
    fields[name] = key ? t(key) : state.fields![name]!;
  }
  const details = error.details;
  const reason = details && typeof details === "object" && !Array.isArray(details) ? (details as { reason?: unknown }).reason : undefined;
  if (typeof reason === "string") {
    const match = FIELD_BY_REASON.find(([pattern]) => pattern.test(reason));
    if (match) fields[match[1]] = error.localized[locale];
  }
  return { ...state, fields };
};
