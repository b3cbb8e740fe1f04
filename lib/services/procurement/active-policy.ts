import type { DbOrTx } from "@/db/client";
import { findActivePolicyRow } from "@/db/queries/policies";
import { compliancePolicySchema, DEFAULT_NTB_POLICY, type CompliancePolicy } from "@/lib/domain/compliance/policy";
import { witaDate } from "@/lib/domain/time/wita";

/** A policy version as the engine takes it, with the row id that requests store (null: built-in default). */
export type ActivePolicy = { id: string | null; policy: CompliancePolicy };

export const policyFromRow = (row: { version: number; effectiveFrom: string; rules: unknown }): CompliancePolicy =>
  compliancePolicySchema.parse({ version: row.version, effectiveFrom: row.effectiveFrom, rules: row.rules });

/** The region's policy in force at `at` (WITA date); the built-in NTB default when the region has none yet. */
export const loadActivePolicy = async (db: DbOrTx, regionId: string, at: Date): Promise<ActivePolicy> => {
  const row = await findActivePolicyRow(db, { regionId, onDate: witaDate(at) });
  return row ? { id: row.id, policy: policyFromRow(row) } : { id: null, policy: DEFAULT_NTB_POLICY };
};
