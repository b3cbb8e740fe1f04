import type { CompliancePolicy } from "./policy";
import type { Justification, Severity } from "./types";

/** A justification counts only with an allowed code and a real explanation, not a placeholder. */
export const isValidJustification = (justification: Justification | null | undefined, policy: CompliancePolicy) =>
  Boolean(
    justification &&
      policy.rules.umkOnly.justificationCodes.includes(justification.code) &&
      justification.text.trim().length >= policy.rules.justification.minTextLength,
  );

/** Rules that allow exceptions block until a valid justification is given, then ask the approver. */
export const justifiableSeverity = (justification: Justification | null | undefined, policy: CompliancePolicy): Severity =>
  isValidJustification(justification, policy) ? "justify" : "block";
