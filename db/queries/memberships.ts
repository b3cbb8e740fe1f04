import { eq } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { memberships } from "../schema";

export const listMemberships = (db: DbOrTx, userId: string) =>
  db
    .select({
      role: memberships.role,
      regionId: memberships.regionId,
      opdId: memberships.opdId,
      businessId: memberships.businessId,
      partnerId: memberships.partnerId,
    })
    .from(memberships)
    .where(eq(memberships.userId, userId));

export const insertSellerMembership = (db: DbOrTx, params: { userId: string; regionId: string; businessId: string }) =>
  db.insert(memberships).values({ userId: params.userId, role: "seller", regionId: params.regionId, businessId: params.businessId });
