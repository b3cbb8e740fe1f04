import { db } from "@/db/client";
import { findLatestPolicyRow, insertPolicy, lockRegionPolicies } from "@/db/queries/policies";
import { authorize } from "@/lib/auth/authorize";
import { compliancePolicySchema, DEFAULT_NTB_POLICY } from "@/lib/domain/compliance/policy";
import type { Viewer } from "@/lib/domain/auth/roles";
import { diffPolicyRules } from "@/lib/domain/procurement/policy-diff";
import { witaDate } from "@/lib/domain/time/wita";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import { validationError } from "@/lib/validation/messages";
import { actorOf } from "@/lib/domain/audit/audit-event";
import type { SavedPolicyVersion } from "@/lib/validation/views/procurement-results";

/**
 * An admin saves a new version of the region's policy: the rules are zod-validated, the version number is
 * the next one (serialized per region), and the audit event carries the diff against the previous version.
 * Versions are never edited; requests keep pointing at the version that judged them.
 */
export const savePolicyVersion = async (
  viewer: Viewer | null,
  regionId: string,
  rules: unknown,
  note: string,
  options: { effectiveFrom?: string; now?: Date } = {},
): Promise<SavedPolicyVersion> => {
  authorize(viewer, "policy.manage", { regionId });
  const now = options.now ?? new Date();
  const parsedRules = compliancePolicySchema.shape.rules.safeParse(rules);
  if (!parsedRules.success) throw validationError(parsedRules.error);
  const effectiveFrom = options.effectiveFrom ?? witaDate(now);
  return db.transaction(async (tx) => {
    await lockRegionPolicies(tx, regionId);
    const previous = await findLatestPolicyRow(tx, regionId);
    const version = (previous?.version ?? 0) + 1;
    const policy = compliancePolicySchema.parse({ version, effectiveFrom, rules: parsedRules.data });
    const row = await insertPolicy(tx, { regionId, version, effectiveFrom, rules: policy.rules, note, authorId: viewer.userId, createdAt: now });
    const diff = diffPolicyRules(previous?.rules ?? DEFAULT_NTB_POLICY.rules, policy.rules);
    await appendAuditEvent(tx, {
      actor: actorOf(viewer),
      action: "policy.version_saved",
      entity: "policy",
      entityId: row.id,
      data: { regionId, version, previousVersion: previous?.version ?? null, effectiveFrom, note, diff },
      at: now,
    });
    return { id: row.id, regionId, version, effectiveFrom, rules: policy.rules, note, diff };
  });
};
