import type { ComplianceDecision, Finding } from "./types";

// Its type is ComplianceView in lib/validation/views/procurement (the document's schema); the services that
// return it declare that type, so the compiler checks this shape against the document.

/** The public shape of a decision: what buyer, approver and auditor all see. */
export const complianceView = (decision: Pick<ComplianceDecision, "verdict" | "findings"> & { policyVersion?: number }) => ({
  verdict: decision.verdict,
  findings: decision.findings.map((f: Finding) => ({ rule: f.rule, severity: f.severity, params: f.params, message: f.message })),
  ...(decision.policyVersion === undefined ? {} : { policyVersion: decision.policyVersion }),
});
