import "server-only";
import { db as defaultDb, type DbOrTx } from "@/db/client";
import { findFirstOrderMonth, listMonthlyCategoryVolumes } from "@/db/queries/demand-calendar";
import { PLATFORM_PROVINCE_CODE } from "@/lib/domain/business/onboarding";
import { buildDemandCalendar, DEMAND_BASIS_YEARS, type DemandCalendar } from "@/lib/domain/catalog/demand-calendar";
import { fiscalYearRange, witaDate } from "@/lib/domain/time/wita";

/**
 * The public Kebutuhan rutin calendar of a year: expected monthly volume per catalog category, averaged from the
 * province's past orders over the year and the two before it (complete months only). Public and anonymous by
 * construction: the query groups by category and month, never by OPD or person.
 */
export const getDemandCalendar = async (input: { year: number }, options: { db?: DbOrTx; now?: Date } = {}): Promise<DemandCalendar> => {
  const db = options.db ?? defaultDb;
  const now = options.now ?? new Date();
  const from = fiscalYearRange(input.year - DEMAND_BASIS_YEARS + 1).from;
  const to = fiscalYearRange(input.year).to;
  const [volumes, firstMonth] = await Promise.all([
    listMonthlyCategoryVolumes(db, { provinceCode: PLATFORM_PROVINCE_CODE, from, to }),
    findFirstOrderMonth(db, PLATFORM_PROVINCE_CODE),
  ]);
  return buildDemandCalendar({ year: input.year, volumes, firstMonth, currentMonth: witaDate(now).slice(0, 7) });
};
