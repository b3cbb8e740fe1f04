import type { PolicyFormState } from "./policy-form-state";
import type { PolicyChange } from "@/lib/domain/procurement/policy-diff";
import type { AppError, Locale } from "@/lib/errors";

const show = (v: unknown) => (Array.isArray(v) ? v.join("; ") : v === null || v === undefined ? "—" : String(v));

/** The diff as the policy editor lists it: every side already a readable string. */
export const formatDiff = (diff: PolicyChange[]) => diff.map((c) => ({ path: c.path, before: show(c.before), after: show(c.after) }));

/** What was typed, one string per field; checkbox groups (several values under one name) joined by commas. */
export const typedPolicyValues = (formData: FormData) => {
  const values: Record<string, string> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$")) continue;
    values[key] = formData.getAll(key).map(String).join(",");
  }
  return values;
};

/** A refusal next to the policy field it is about: the editor names fields by their path inside `rules`. */
export const policyErrorState = (error: AppError, locale: Locale, base: PolicyFormState): PolicyFormState => {
  const fields: Record<string, string> = {};
  if (Array.isArray(error.details)) {
    for (const d of error.details as Array<{ path: string; message: string }>) fields[d.path.replace(/^rules\./, "")] ??= d.message;
  }
  return { ...base, message: error.localized[locale], fields };
};
