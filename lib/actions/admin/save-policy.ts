"use server";

import { getTranslations } from "next-intl/server";
import { policyFormValues, rulesFromForm } from "@/lib/validation/policy-fields";
import type { PolicyFormState } from "./policy-form-state";
import { compliancePolicySchema } from "@/lib/domain/compliance/policy";
import { diffPolicyRules } from "@/lib/domain/procurement/policy-diff";
import { readActivePolicy } from "@/lib/services/procurement/get-active-policy";
import { savePolicyVersion } from "@/lib/services/procurement/save-policy-version";
import { parseInput } from "@/lib/validation/messages";
import { savePolicyVersionSchema } from "@/lib/validation/procurement";
import { stateAction } from "../form-action";
import { formatDiff, policyErrorState, typedPolicyValues } from "./policy-form-values";

/** intent=review: validate and list what would change; intent=save: write a new version (audited, with its diff). */
export const policyAction = stateAction({
  input: (formData) => {
    const values = typedPolicyValues(formData);
    return { save: formData.get("intent") === "save", rules: rulesFromForm(formData), note: values.note ?? "", effectiveFrom: values.effectiveFrom || undefined };
  },
  run: async (viewer, { save, ...input }, { locale }) => {
    const active = await readActivePolicy(viewer);
    if (!save) return { kind: "review" as const, diff: diffPolicyRules(active.rules, parseInput(compliancePolicySchema.shape.rules, input.rules, locale)) };
    const { rules, note, effectiveFrom } = parseInput(savePolicyVersionSchema, input, locale);
    return { kind: "saved" as const, saved: await savePolicyVersion(viewer, active.regionId, rules, note, { effectiveFrom }) };
  },
  revalidate: (result) => (result.kind === "saved" ? ["/admin/kebijakan"] : []),
  success: async (result, _input, { formData }, previous: PolicyFormState): Promise<PolicyFormState> => {
    const rev = previous.rev + 1;
    if (result.kind === "saved") {
      const { saved } = result;
      return { rev, values: policyFormValues(saved.rules), diff: formatDiff(saved.diff), saved: { version: saved.version, changes: saved.diff.length } };
    }
    const message = result.diff.length === 0 ? (await getTranslations("procurement.policy"))("noChanges") : undefined;
    return { rev, values: typedPolicyValues(formData), diff: formatDiff(result.diff), message };
  },
  failure: (error, { locale, formData }, previous) =>
    policyErrorState(error, locale, { rev: previous.rev + 1, values: typedPolicyValues(formData) }),
});
