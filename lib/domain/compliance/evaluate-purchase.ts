import type { CompliancePolicy } from "./policy";
import { budgetAvailable } from "./rules/budget-available";
import { foodPermit } from "./rules/food-permit";
import { localSeller } from "./rules/local-seller";
import { sellerRotation } from "./rules/seller-rotation";
import { splitPackage } from "./rules/split-package";
import { umkOnly } from "./rules/umk-only";
import { umkShareTarget } from "./rules/umk-share-target";
import { valueBand } from "./rules/value-band";
import type { ComplianceContext, ComplianceDecision, Finding, PurchaseRequestDraft, Rule, Verdict } from "./types";

const RULES: Rule[] = [umkOnly, localSeller, valueBand, splitPackage, sellerRotation, budgetAvailable, foodPermit, umkShareTarget];

export const verdictOf = (findings: readonly Finding[]): Verdict =>
  findings.some((f) => f.severity === "block") ? "block" : findings.some((f) => f.severity === "justify") ? "needs_justification" : "allow";

/**
 * Pure: evaluates a cart against every rule of the policy and reports ALL findings at once, so a clerk
 * sees everything to fix before submitting. The decision names the policy version that produced it.
 */
export const evaluatePurchase = (
  request: PurchaseRequestDraft,
  context: ComplianceContext,
  policy: CompliancePolicy,
): ComplianceDecision => {
  const findings = RULES.flatMap((rule) => rule(request, context, policy));
  return { verdict: verdictOf(findings), findings, policyVersion: policy.version };
};
