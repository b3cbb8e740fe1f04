import { eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { ratings } from "../schema";
import { num, rowsOf } from "./columns";

export const findRatingOfOrder = async (db: DbOrTx, orderId: string) => {
  const [row] = await db.select().from(ratings).where(eq(ratings.orderId, orderId)).limit(1);
  return row;
};

export const insertRating = async (db: DbOrTx, row: typeof ratings.$inferInsert) => {
  const [inserted] = await db.insert(ratings).values(row).onConflictDoNothing({ target: ratings.orderId }).returning();
  return inserted;
};

/** Recomputes a seller's rating from every rating row, so the average can never drift from the data. */
export const refreshBusinessRating = async (db: DbOrTx, businessId: string) => {
  const [row] = rowsOf<{ avg: string | null; count: number }>(
    await db.execute(sql`
      UPDATE businesses b SET rating_avg = s.avg, rating_count = s.count, updated_at = now()
      FROM (SELECT round(avg(stars)::numeric, 2) AS avg, count(*)::int AS count FROM ratings WHERE business_id = ${businessId}) s
      WHERE b.id = ${businessId}
      RETURNING b.rating_avg AS avg, b.rating_count AS count`),
  );
  return { avg: row?.avg === null || row?.avg === undefined ? null : Number(row.avg), count: num(row?.count) };
};

export const listRatingsOfBusiness = (db: DbOrTx, params: { businessId: string }) =>
  db.select({ stars: ratings.stars }).from(ratings).where(eq(ratings.businessId, params.businessId));
