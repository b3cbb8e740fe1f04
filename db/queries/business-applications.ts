import { and, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { businessApplications } from "../schema";

export const findApplication = async (db: DbOrTx, params: { userId: string; forUpdate?: boolean }) => {
  const query = db.select().from(businessApplications).where(eq(businessApplications.userId, params.userId)).limit(1);
  const [row] = params.forUpdate ? await query.for("update") : await query;
  return row;
};

/** Creates or replaces the caller's application state; one row per user (unique user_id). */
export const upsertApplication = (db: DbOrTx, params: { userId: string; step: number; data: Record<string, unknown> }) =>
  db
    .insert(businessApplications)
    .values({ userId: params.userId, step: params.step, data: params.data })
    .onConflictDoUpdate({
      target: businessApplications.userId,
      set: { step: params.step, data: params.data, updatedAt: sql`now()` },
      where: sql`${businessApplications.submittedAt} IS NULL`,
    })
    .returning({ id: businessApplications.id });

export const markApplicationSubmitted = (db: DbOrTx, params: { userId: string; businessId: string; at: Date }) =>
  db
    .update(businessApplications)
    .set({ businessId: params.businessId, submittedAt: params.at, updatedAt: params.at })
    .where(and(eq(businessApplications.userId, params.userId), sql`${businessApplications.submittedAt} IS NULL`))
    .returning({ id: businessApplications.id });

/** Opens a submitted application again so a rejected seller can correct it in the wizard. */
export const reopenApplication = (db: DbOrTx, params: { userId: string; at: Date }) =>
  db
    .update(businessApplications)
    .set({ submittedAt: null, step: 1, updatedAt: params.at })
    .where(eq(businessApplications.userId, params.userId));
