"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { currentLocale } from "@/components/procurement/localize";
import { policyFormValues, rulesFromForm } from "@/components/procurement/policy-fields";
import type { PolicyFormState } from "@/components/procurement/policy-state";
import { viewer } from "@/lib/auth/viewer";
import { compliancePolicySchema } from "@/lib/domain/compliance/policy";
import { diffPolicyRules, type PolicyChange } from "@/lib/domain/procurement/policy-diff";
import { toAppError } from "@/lib/errors";
import { readActivePolicy } from "@/lib/services/procurement/get-active-policy";
import { savePolicyVersion } from "@/lib/services/procurement/save-policy-version";
import { parseInput, validationError } from "@/lib/validation/messages";
import { savePolicyVersionSchema } from "@/lib/validation/procurement";

const show = (v: unknown) => (Array.isArray(v) ? v.join("; ") : v === null || v === undefined ? "—" : String(v));
const formatDiff = (diff: PolicyChange[]) => diff.map((c) => ({ path: c.path, before: show(c.before), after: show(c.after) }));

const typedValues = (formData: FormData) => {
  const values: Record<string, string> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$")) continue;
    values[key] = formData.getAll(key).map(String).join(",");
  }
  return values;
};

/** intent=review: validate and list what would change; intent=save: write a new version (audited, with its diff). */
export async function policyAction(state: PolicyFormState, formData: FormData): Promise<PolicyFormState> {
  const locale = await currentLocale();
  const t = await getTranslations("procurement.policy");
  const values = typedValues(formData);
  const base: PolicyFormState = { rev: state.rev + 1, values };
  try {
    const current = await viewer();
    const active = await readActivePolicy(current);
    const rules = rulesFromForm(formData);
    if (formData.get("intent") !== "save") {
      const parsed = compliancePolicySchema.shape.rules.safeParse(rules);
      if (!parsed.success) throw validationError(parsed.error, locale);
      const diff = diffPolicyRules(active.rules, parsed.data);
      return { ...base, diff: formatDiff(diff), message: diff.length === 0 ? t("noChanges") : undefined };
    }
    const input = parseInput(
      savePolicyVersionSchema,
      { note: values.note ?? "", effectiveFrom: values.effectiveFrom || undefined, rules },
      locale,
    );
    const saved = await savePolicyVersion(current, active.regionId, input.rules, input.note, { effectiveFrom: input.effectiveFrom });
    revalidatePath("/admin/kebijakan");
    return { rev: base.rev, values: policyFormValues(saved.rules), diff: formatDiff(saved.diff), saved: { version: saved.version, changes: saved.diff.length } };
  } catch (error) {
    const appError = toAppError(error);
    if (appError.code === "internal") console.error(error);
    const fields: Record<string, string> = {};
    if (Array.isArray(appError.details)) {
      for (const d of appError.details as Array<{ path: string; message: string }>) fields[d.path.replace(/^rules\./, "")] ??= d.message;
    }
    return { ...base, message: appError.localized[locale], fields };
  }
}
