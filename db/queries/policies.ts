import { and, desc, eq, lte, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { policies } from "../schema";

/** The version in force on a WITA date: the latest effective one, the highest version on a tie. */
export const findActivePolicyRow = async (db: DbOrTx, params: { regionId: string; onDate: string }) => {
  const [row] = await db
    .select()
    .from(policies)
    .where(and(eq(policies.regionId, params.regionId), lte(policies.effectiveFrom, params.onDate)))
    .orderBy(desc(policies.effectiveFrom), desc(policies.version))
    .limit(1);
  return row;
};

export const findLatestPolicyRow = async (db: DbOrTx, regionId: string) => {
  const [row] = await db.select().from(policies).where(eq(policies.regionId, regionId)).orderBy(desc(policies.version)).limit(1);
  return row;
};

export const findPolicyRowById = async (db: DbOrTx, id: string) => {
  const [row] = await db.select().from(policies).where(eq(policies.id, id)).limit(1);
  return row;
};

/** Serializes version numbering per region until the transaction ends. */
export const lockRegionPolicies = (db: DbOrTx, regionId: string) =>
  db.execute(sql`SELECT pg_advisory_xact_lock(7340201, hashtext(${`policy:${regionId}`}))`);

export const insertPolicy = async (db: DbOrTx, row: typeof policies.$inferInsert) => {
  const [inserted] = await db.insert(policies).values(row).returning();
  return inserted!;
};
