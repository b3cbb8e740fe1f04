import type { ComplianceView } from "@/lib/validation/views/procurement";
import type { ComplianceDecision, Finding } from "./types";

// The type is the OpenAPI document's schema (zod only, no I/O); re-exported for the code that imports it from here.
export type { ComplianceView };

/** The public shape of a decision: what buyer, approver and auditor all see. */
export const complianceView = (decision: Pick<ComplianceDecision, "verdict" | "findings"> & { policyVersion?: number }): ComplianceView => ({
  verdict: decision.verdict,
  findings: decision.findings.map((f: Finding) => ({ rule: f.rule, severity: f.severity, params: f.params, message: f.message })),
  ...(decision.policyVersion === undefined ? {} : { policyVersion: decision.policyVersion }),
});
