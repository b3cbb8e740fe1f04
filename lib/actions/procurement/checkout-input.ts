import type { CheckoutValues } from "./checkout-state";
import type { AppError } from "@/lib/errors";
import type { ComplianceView } from "@/lib/validation/views/procurement";
import type { CartPreviewInput, SubmitPurchaseRequestInput } from "@/lib/validation/procurement";
import { textField } from "../to-form-state";

// The cart page's forms as the procurement schemas' input, and their refusals as the page shows them. Pure.

/** The cart page again, keeping its budget line and revision mode, with `galat` naming what went wrong. */
export const cartPage = (formData: FormData, problem: string | null) => {
  const query = new URLSearchParams();
  const budget = textField(formData, "budgetLineId");
  if (budget) query.set("anggaran", budget);
  const revision = textField(formData, "revisi");
  if (revision) query.set("revisi", revision);
  if (problem) query.set("galat", problem);
  return `/keranjang${query.size ? `?${query}` : ""}`;
};

/** The cart page explains a refused quantity by itself; any other refusal by its code. */
export const cartProblem = (error: AppError) => (error.code === "unprocessable" || error.code === "bad_request" ? "quantity" : error.code);

export type CheckoutIntent = "preview" | "draft" | "submit";

/** A post without an intent previews; any intent but preview or draft submits. */
export const checkoutIntent = (formData: FormData): CheckoutIntent => {
  const intent = textField(formData, "intent") || "preview";
  return intent === "preview" || intent === "draft" ? intent : "submit";
};

export const checkoutValues = (formData: FormData): CheckoutValues => ({
  requestId: textField(formData, "requestId"),
  budgetLineId: textField(formData, "budgetLineId"),
  purpose: textField(formData, "purpose"),
  neededBy: textField(formData, "neededBy"),
  eventId: textField(formData, "eventId"),
  justificationCode: textField(formData, "justificationCode"),
  justificationText: textField(formData, "justificationText"),
});

const justificationOf = (v: CheckoutValues) =>
  v.justificationCode && v.justificationText ? { code: v.justificationCode as "no_umk_supplier", text: v.justificationText } : null;

/** What the live compliance preview evaluates: the chosen budget line and justification (raw, for the schema). */
export const previewInput = (v: CheckoutValues) => ({ budgetLineId: v.budgetLineId || undefined, justification: justificationOf(v) });

/** The preview shown beside an error that carries none: only once a budget line is chosen. */
export const courtesyPreviewInput = (v: CheckoutValues): CartPreviewInput | null =>
  v.budgetLineId ? { budgetLineId: v.budgetLineId, justification: justificationOf(v) } : null;

/** The request to submit (or save as a draft) from the form and the cart's lines (raw, for the schema). */
export const submissionInput = (v: CheckoutValues, lines: SubmitPurchaseRequestInput["lines"], intent: CheckoutIntent) => ({
  requestId: v.requestId || undefined,
  budgetLineId: v.budgetLineId,
  purpose: v.purpose,
  lines,
  justification: justificationOf(v),
  eventId: v.eventId || null,
  neededBy: v.neededBy || null,
  draft: intent === "draft",
});

export type CheckoutField = "budgetLineId" | "purpose" | "neededBy" | "eventId" | "justificationCode" | "justificationText";

const FIELD_KEYS: Record<string, CheckoutField> = {
  budgetLineId: "budgetLineId",
  purpose: "purpose",
  neededBy: "neededBy",
  eventId: "eventId",
  "justification.code": "justificationCode",
  "justification.text": "justificationText",
  "justification": "justificationText",
};

/** The form fields a validation refusal is about (first one wins), each with the form's own message. */
export const checkoutFields = (error: AppError, message: (field: CheckoutField) => string) => {
  const fields: Record<string, string> = {};
  if (Array.isArray(error.details)) {
    for (const d of error.details as Array<{ path: string }>) {
      const key = FIELD_KEYS[d.path];
      if (key && !fields[key]) fields[key] = message(key);
    }
  }
  return fields;
};

/** The compliance decision a blocked submit carries, if any. */
export const complianceIn = (error: AppError): ComplianceView | null => {
  const details = error.details as { compliance?: ComplianceView } | unknown[] | undefined;
  return details && !Array.isArray(details) && details.compliance ? details.compliance : null;
};
