import { and, asc, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { memberships, partners, regions, users } from "../schema";

const PARTNER_COLUMNS = {
  id: partners.id,
  name: partners.name,
  kind: partners.kind,
  regionId: partners.regionId,
  regionName: regions.name,
  verified: partners.verified,
  verifiedAt: partners.verifiedAt,
  createdAt: partners.createdAt,
};

export type PartnerRow = Awaited<ReturnType<typeof findPartner>> & {};

export const insertPartner = async (db: DbOrTx, row: { name: string; kind: (typeof partners.kind.enumValues)[number]; regionId: string }) => {
  const [inserted] = await db.insert(partners).values(row).returning({ id: partners.id });
  return inserted!;
};

export const findPartner = async (db: DbOrTx, partnerId: string) => {
  const [row] = await db.select(PARTNER_COLUMNS).from(partners).innerJoin(regions, eq(regions.id, partners.regionId)).where(eq(partners.id, partnerId)).limit(1);
  return row ?? null;
};

/** The partners registered in these provinces, unverified first, then by name. */
export const listPartnersOfRegions = (db: DbOrTx, regionIds: readonly string[]) =>
  regionIds.length === 0
    ? Promise.resolve([])
    : db
        .select(PARTNER_COLUMNS)
        .from(partners)
        .innerJoin(regions, eq(regions.id, partners.regionId))
        .where(inArray(partners.regionId, [...regionIds]))
        .orderBy(asc(partners.verified), asc(partners.name));

export const findPartnersByIds = (db: DbOrTx, ids: readonly string[]) =>
  ids.length === 0 ? Promise.resolve([]) : db.select(PARTNER_COLUMNS).from(partners).innerJoin(regions, eq(regions.id, partners.regionId)).where(inArray(partners.id, [...ids]));

/** Marks it verified once; null when it was already verified (or is not in the region). */
export const markPartnerVerified = async (db: DbOrTx, params: { partnerId: string; regionId: string; at: Date }) => {
  const [row] = await db
    .update(partners)
    .set({ verified: true, verifiedAt: params.at })
    .where(and(eq(partners.id, params.partnerId), eq(partners.regionId, params.regionId), eq(partners.verified, false)))
    .returning({ id: partners.id });
  return row ?? null;
};

export const listPartnerMembers = (db: DbOrTx, partnerIds: readonly string[]) =>
  partnerIds.length === 0
    ? Promise.resolve([])
    : db
        .select({ partnerId: memberships.partnerId, userId: users.id, name: users.name, email: users.email })
        .from(memberships)
        .innerJoin(users, eq(users.id, memberships.userId))
        .where(and(inArray(memberships.partnerId, [...partnerIds]), eq(memberships.role, "partner")))
        .orderBy(asc(users.name));

/** A `partner` grant for the organization; null when the person already holds it. */
export const insertPartnerMembership = async (db: DbOrTx, params: { userId: string; regionId: string; partnerId: string }) => {
  const [row] = await db
    .insert(memberships)
    .values({ userId: params.userId, role: "partner", regionId: params.regionId, partnerId: params.partnerId })
    .onConflictDoNothing()
    .returning({ id: memberships.id });
  return row ?? null;
};

export const insertInvitedUser = async (db: DbOrTx, params: { email: string; name: string }) => {
  const [row] = await db.insert(users).values({ email: params.email, name: params.name }).returning({ id: users.id });
  return row!;
};
