import { db as defaultDb, type DbOrTx } from "@/db/client";
import { findPolicyRowById } from "@/db/queries/policies";
import { authorize } from "@/lib/auth/authorize";
import type { Viewer } from "@/lib/domain/auth/roles";
import { AppError } from "@/lib/errors";
import { loadActivePolicy, type ActivePolicy } from "@/lib/services/procurement/active-policy";
import type { PolicyView } from "@/lib/validation/views/procurement-results";

/** The region's compliance policy in force at `at` (WITA date); the built-in NTB default (id null) when none is stored. */
export const getActivePolicy = (regionId: string, at: Date = new Date(), db: DbOrTx = defaultDb): Promise<ActivePolicy> =>
  loadActivePolicy(db, regionId, at);

/** The viewer's region's policy in force now, with its row metadata: what the policy page and API show. */
export const readActivePolicy = async (viewer: Viewer | null, options: { regionId?: string; at?: Date } = {}): Promise<PolicyView> => {
  const regionId = options.regionId ?? viewer?.memberships[0]?.regionId;
  authorize(viewer, "policy.read", { regionId: regionId ?? "-" });
  if (!regionId) throw new AppError("not_found");
  const active = await loadActivePolicy(defaultDb, regionId, options.at ?? new Date());
  const row = active.id ? await findPolicyRowById(defaultDb, active.id) : undefined;
  return {
    id: active.id,
    regionId,
    version: active.policy.version,
    effectiveFrom: active.policy.effectiveFrom,
    rules: active.policy.rules,
    note: row?.note ?? "",
    authorId: row?.authorId ?? null,
    createdAt: row?.createdAt ?? null,
  };
};
