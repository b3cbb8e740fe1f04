import { and, asc, eq, gte, lt } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { holidays } from "../schema";

export const listHolidayDates = async (db: DbOrTx, regionId: string) =>
  (await db.select({ date: holidays.date }).from(holidays).where(eq(holidays.regionId, regionId)).orderBy(asc(holidays.date))).map(
    (r) => r.date,
  );

export const listHolidaysOfYear = (db: DbOrTx, params: { regionId: string; year: number }) =>
  db
    .select({ id: holidays.id, date: holidays.date, name: holidays.name })
    .from(holidays)
    .where(and(eq(holidays.regionId, params.regionId), gte(holidays.date, `${params.year}-01-01`), lt(holidays.date, `${params.year + 1}-01-01`)))
    .orderBy(asc(holidays.date));

export const insertHoliday = async (db: DbOrTx, row: typeof holidays.$inferInsert) => {
  const [inserted] = await db.insert(holidays).values(row).returning({ id: holidays.id });
  return inserted!;
};

export const deleteHoliday = async (db: DbOrTx, params: { id: string; regionId: string }) => {
  const [deleted] = await db
    .delete(holidays)
    .where(and(eq(holidays.id, params.id), eq(holidays.regionId, params.regionId)))
    .returning({ id: holidays.id, date: holidays.date, name: holidays.name });
  return deleted;
};
