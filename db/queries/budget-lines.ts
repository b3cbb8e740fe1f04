import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { budgetLines, opds } from "../schema";

// Budget lines (DPA) and every write to their committed/realized money, so the ceiling rule lives in one file.
// Each write names the line's OPD as well: a line of another office is never touched (false, nothing changed).

export const findBudgetLine = async (db: DbOrTx, budgetLineId: string) => {
  const [row] = await db.select().from(budgetLines).where(eq(budgetLines.id, budgetLineId)).limit(1);
  return row;
};

export const listBudgetLinesOfOpds = (db: DbOrTx, params: { opdIds: readonly string[]; fiscalYear?: number }) =>
  params.opdIds.length === 0
    ? Promise.resolve([])
    : db
        .select()
        .from(budgetLines)
        .where(
          and(
            inArray(budgetLines.opdId, [...params.opdIds]),
            params.fiscalYear === undefined ? undefined : eq(budgetLines.fiscalYear, params.fiscalYear),
          ),
        )
        .orderBy(asc(budgetLines.opdId), desc(budgetLines.fiscalYear), asc(budgetLines.code));

export const listOpdBudgetLines = (db: DbOrTx, params: { opdId: string; fiscalYear: number }) =>
  db
    .select({
      id: budgetLines.id,
      code: budgetLines.code,
      name: budgetLines.name,
      ceilingIdr: budgetLines.ceilingIdr,
      committedIdr: budgetLines.committedIdr,
      realizedIdr: budgetLines.realizedIdr,
    })
    .from(budgetLines)
    .where(and(eq(budgetLines.opdId, params.opdId), eq(budgetLines.fiscalYear, params.fiscalYear)))
    .orderBy(asc(budgetLines.code));

/** Per-OPD budget totals of one region; OPDs without lines for the year still appear, with zeros. */
export const listRegionOpdBudgets = (db: DbOrTx, params: { regionId: string; fiscalYear: number }) =>
  db
    .select({
      opdId: opds.id,
      name: opds.name,
      shortName: opds.shortName,
      lineCount: sql<number>`count(${budgetLines.id})::int`,
      ceilingIdr: sql<number>`coalesce(sum(${budgetLines.ceilingIdr}), 0)::bigint`.mapWith(Number),
      committedIdr: sql<number>`coalesce(sum(${budgetLines.committedIdr}), 0)::bigint`.mapWith(Number),
      realizedIdr: sql<number>`coalesce(sum(${budgetLines.realizedIdr}), 0)::bigint`.mapWith(Number),
    })
    .from(opds)
    .leftJoin(budgetLines, and(eq(budgetLines.opdId, opds.id), eq(budgetLines.fiscalYear, params.fiscalYear)))
    .where(eq(opds.regionId, params.regionId))
    .groupBy(opds.id)
    .orderBy(asc(opds.name));

/**
 * Commits money on a budget line only while committed + realized + amount stays within the ceiling: under
 * concurrent approvals the row lock and this WHERE make over-commitment impossible. The line's commitment after
 * this one, or undefined when it would not fit (nothing changed).
 */
export const commitBudget = async (db: DbOrTx, params: { budgetLineId: string; opdId: string; amountIdr: number }) => {
  const [updated] = await db
    .update(budgetLines)
    .set({ committedIdr: sql`${budgetLines.committedIdr} + ${params.amountIdr}` })
    .where(
      and(
        eq(budgetLines.id, params.budgetLineId),
        eq(budgetLines.opdId, params.opdId),
        sql`${budgetLines.committedIdr} + ${budgetLines.realizedIdr} + ${params.amountIdr} <= ${budgetLines.ceilingIdr}`,
      ),
    )
    .returning({ committedIdr: budgetLines.committedIdr });
  return updated;
};

/** Gives committed money back (decline/cancel); never below zero, which the CHECK also guards. */
export const releaseBudget = async (db: DbOrTx, params: { budgetLineId: string; opdId: string; amountIdr: number }) => {
  const updated = await db
    .update(budgetLines)
    .set({ committedIdr: sql`${budgetLines.committedIdr} - ${params.amountIdr}` })
    .where(and(eq(budgetLines.id, params.budgetLineId), eq(budgetLines.opdId, params.opdId), sql`${budgetLines.committedIdr} >= ${params.amountIdr}`))
    .returning({ id: budgetLines.id });
  return updated.length === 1;
};

/** Moves money committed → realized; false (nothing changed) when less than that is committed. */
export const realizeBudget = async (db: DbOrTx, params: { budgetLineId: string; opdId: string; amountIdr: number }) =>
  (
    await db
      .update(budgetLines)
      .set({
        committedIdr: sql`${budgetLines.committedIdr} - ${params.amountIdr}`,
        realizedIdr: sql`${budgetLines.realizedIdr} + ${params.amountIdr}`,
      })
      .where(and(eq(budgetLines.id, params.budgetLineId), eq(budgetLines.opdId, params.opdId), sql`${budgetLines.committedIdr} >= ${params.amountIdr}`))
      .returning({ id: budgetLines.id })
  ).length === 1;

/** The reverse of realizeBudget, for refunds. */
export const unrealizeBudget = async (db: DbOrTx, params: { budgetLineId: string; opdId: string; amountIdr: number }) =>
  (
    await db
      .update(budgetLines)
      .set({
        committedIdr: sql`${budgetLines.committedIdr} + ${params.amountIdr}`,
        realizedIdr: sql`${budgetLines.realizedIdr} - ${params.amountIdr}`,
      })
      .where(and(eq(budgetLines.id, params.budgetLineId), eq(budgetLines.opdId, params.opdId), sql`${budgetLines.realizedIdr} >= ${params.amountIdr}`))
      .returning({ id: budgetLines.id })
  ).length === 1;
