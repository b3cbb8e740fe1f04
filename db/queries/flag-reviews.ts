import { and, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { flagReviews, users } from "../schema";

/** The reviews of a region's flags, with the reviewer's name; keyed by flag key by the caller. */
export const listFlagReviews = (db: DbOrTx, params: { regionIds: readonly string[] }) =>
  params.regionIds.length === 0
    ? Promise.resolve([])
    : db
        .select({
          flagKey: flagReviews.flagKey,
          regionId: flagReviews.regionId,
          note: flagReviews.note,
          reviewedAt: flagReviews.reviewedAt,
          reviewerId: flagReviews.reviewedBy,
          reviewerName: users.name,
        })
        .from(flagReviews)
        .innerJoin(users, eq(users.id, flagReviews.reviewedBy))
        .where(inArray(flagReviews.regionId, [...params.regionIds]));

export const findFlagReview = async (db: DbOrTx, params: { regionId: string; flagKey: string }) => {
  const [row] = await db
    .select({ id: flagReviews.id })
    .from(flagReviews)
    .where(and(eq(flagReviews.regionId, params.regionId), eq(flagReviews.flagKey, params.flagKey)))
    .limit(1);
  return row;
};

/** One review per flag: a second insert for the same region and key is a unique violation (409). */
export const insertFlagReview = async (db: DbOrTx, row: typeof flagReviews.$inferInsert) => {
  const [inserted] = await db.insert(flagReviews).values(row).returning({ id: flagReviews.id, reviewedAt: flagReviews.reviewedAt });
  return inserted!;
};
