import { and, eq, inArray, isNull, or, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { memberships, opds, users } from "../schema";

/**
 * Who holds a role for a scope, active accounts only: the people a notification about that scope goes to.
 * A scope is a business (sellers), an OPD (buyers, PPK, treasurers) or a region (admins, auditors).
 */
export type RecipientScope =
  | { role: "seller"; businessId: string }
  | { role: "buyer" | "approver" | "treasurer"; opdId: string }
  | { role: "admin" | "auditor"; regionId: string };

export const findRecipientIds = async (db: DbOrTx, scope: RecipientScope): Promise<string[]> => {
  const where =
    "businessId" in scope ? eq(memberships.businessId, scope.businessId) : "regionId" in scope ? eq(memberships.regionId, scope.regionId) : eq(memberships.opdId, scope.opdId);
  const rows = await db
    .selectDistinct({ userId: memberships.userId })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.role, scope.role), where, eq(users.isActive, true)))
    .orderBy(memberships.userId);
  return rows.map((r) => r.userId);
};

/**
 * The auditors who oversee an OPD: those granted for the OPD itself or, without an OPD, for its region or the
 * province above it (an inspectorate audits every office of its region).
 */
export const findAuditorsOfOpd = async (db: DbOrTx, opdId: string): Promise<string[]> => {
  const [opd] = await db.select({ regionId: opds.regionId }).from(opds).where(eq(opds.id, opdId));
  if (!opd) return [];
  const rows = await db
    .selectDistinct({ userId: memberships.userId })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.role, "auditor"),
        eq(users.isActive, true),
        or(eq(memberships.opdId, opdId), and(isNull(memberships.opdId), inArray(memberships.regionId, [opd.regionId]))),
      ),
    )
    .orderBy(memberships.userId);
  return rows.map((r) => r.userId);
};

/** Every active platform admin: operational alerts (search or delivery failing) concern the whole platform. */
export const findAllAdminIds = async (db: DbOrTx): Promise<string[]> => {
  const rows = await db
    .selectDistinct({ userId: memberships.userId })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.role, "admin"), eq(users.isActive, true)))
    .orderBy(memberships.userId);
  return rows.map((r) => r.userId);
};

