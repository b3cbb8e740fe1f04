/** The verification state machine of a business (Diskop UKM decides; every transition is audited). */
export type VerificationStatus = "pending" | "verified" | "rejected" | "suspended";
export type VerificationDecision = "verify" | "reject" | "suspend" | "reinstate";

/** Which status each decision leads to, and from which statuses it is allowed. */
export const VERIFICATION_TRANSITIONS: Record<VerificationDecision, { from: readonly VerificationStatus[]; to: VerificationStatus }> = {
  verify: { from: ["pending"], to: "verified" },
  reject: { from: ["pending"], to: "rejected" },
  suspend: { from: ["verified"], to: "suspended" },
  reinstate: { from: ["suspended"], to: "verified" },
};

/** Reject and suspend must tell the seller why; verify and reinstate need no reason. */
export const decisionNeedsReason = (decision: VerificationDecision) => decision === "reject" || decision === "suspend";

export type TransitionResult =
  | { ok: true; to: VerificationStatus }
  | { ok: false; reason: "not_allowed" | "reason_required" };

/** Pure: may `decision` be applied to a business in `from`, given the (trimmed) reason? */
export const nextVerificationStatus = (from: VerificationStatus, decision: VerificationDecision, reason?: string | null): TransitionResult => {
  const rule = VERIFICATION_TRANSITIONS[decision];
  if (!rule.from.includes(from)) return { ok: false, reason: "not_allowed" };
  if (decisionNeedsReason(decision) && !(reason ?? "").trim()) return { ok: false, reason: "reason_required" };
  return { ok: true, to: rule.to };
};

/** Products of a business are public only while it is verified. */
export const isBusinessPublic = (status: VerificationStatus) => status === "verified";

/**
 * Re-check due date: one year after verification (or reinstatement), same calendar day in UTC;
 * 29 February falls back to 28 February in a non-leap year instead of rolling into March.
 */
export const recheckDueAt = (verifiedAt: Date): Date => {
  const due = new Date(verifiedAt.getTime());
  due.setUTCFullYear(verifiedAt.getUTCFullYear() + 1);
  if (due.getUTCMonth() !== verifiedAt.getUTCMonth()) due.setUTCDate(0);
  return due;
};

/** Due for re-check once the due moment has come (inclusive). */
export const isRecheckDue = (dueAt: Date | null, now: Date) => dueAt !== null && dueAt.getTime() <= now.getTime();
