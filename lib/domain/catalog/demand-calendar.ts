/**
 * Kebutuhan rutin OPD (issue 13): what offices typically order per catalog category in each calendar month, from
 * past orders, so a UMK can plan capacity. Pure: the query hands in monthly totals per category (already
 * aggregated, with no OPD or person in them) and the months that count as observed.
 */

/** The calendar for year Y averages the same month over Y−2, Y−1 and Y, as far as those months are observed. */
export const DEMAND_BASIS_YEARS = 3;

export type MonthlyVolume = { year: number; month: number; categorySlug: string; categoryName: string; quantity: number; valueIdr: number; orders: number };

export type DemandMonth = {
  month: number;
  /** Average over the observed years of this month (null: no observed year yet). */
  expectedQuantity: number | null;
  expectedValueIdr: number | null;
  /** How many years the average is over: 1 is a single observation, read it as such. */
  basisYears: number;
};

export type DemandCategory = { slug: string; name: string; months: DemandMonth[]; expectedYearValueIdr: number };

export type DemandCalendar = { year: number; basisYears: number[]; observedFrom: string | null; observedUntil: string; categories: DemandCategory[] };

const monthKey = (year: number, month: number) => `${year}-${String(month).padStart(2, "0")}`;

/**
 * Which years count for a calendar month: those of the basis whose month is complete (before `currentMonth`,
 * "YYYY-MM" in WITA) and not before the platform's first order (`firstMonth`) — a month before the platform
 * existed is unknown, not zero. A month in the basis with no orders after that is observed as zero.
 */
export const observedYears = (year: number, month: number, firstMonth: string | null, currentMonth: string): number[] => {
  if (!firstMonth) return [];
  const years: number[] = [];
  for (let y = year - DEMAND_BASIS_YEARS + 1; y <= year; y += 1) {
    const key = monthKey(y, month);
    if (key >= firstMonth && key < currentMonth) years.push(y);
  }
  return years;
};

/**
 * The calendar of expected monthly volume per category for `year`: for each category and calendar month, the
 * average quantity and rupiah value ordered in that month over its observed years (rounded to whole units and
 * whole rupiah). Categories are ordered by their expected yearly value, largest first.
 */
export const buildDemandCalendar = (input: { year: number; volumes: readonly MonthlyVolume[]; firstMonth: string | null; currentMonth: string }): DemandCalendar => {
  const { year, volumes, firstMonth, currentMonth } = input;
  const basis = new Set(Array.from({ length: DEMAND_BASIS_YEARS }, (_, i) => year - DEMAND_BASIS_YEARS + 1 + i));
  const byCategory = new Map<string, { name: string; cells: Map<string, MonthlyVolume> }>();
  for (const v of volumes) {
    if (!basis.has(v.year)) continue;
    const entry = byCategory.get(v.categorySlug) ?? { name: v.categoryName, cells: new Map<string, MonthlyVolume>() };
    const key = monthKey(v.year, v.month);
    const seen = entry.cells.get(key);
    entry.cells.set(key, seen ? { ...seen, quantity: seen.quantity + v.quantity, valueIdr: seen.valueIdr + v.valueIdr, orders: seen.orders + v.orders } : v);
    byCategory.set(v.categorySlug, entry);
  }
  const categories: DemandCategory[] = [];
  for (const [slug, { name, cells }] of byCategory) {
    const months = Array.from({ length: 12 }, (_, i): DemandMonth => {
      const month = i + 1;
      const years = observedYears(year, month, firstMonth, currentMonth);
      if (years.length === 0) return { month, expectedQuantity: null, expectedValueIdr: null, basisYears: 0 };
      const sum = years.reduce((acc, y) => {
        const cell = cells.get(monthKey(y, month));
        return { quantity: acc.quantity + (cell?.quantity ?? 0), valueIdr: acc.valueIdr + (cell?.valueIdr ?? 0) };
      }, { quantity: 0, valueIdr: 0 });
      return { month, expectedQuantity: Math.round(sum.quantity / years.length), expectedValueIdr: Math.round(sum.valueIdr / years.length), basisYears: years.length };
    });
    const expectedYearValueIdr = months.reduce((acc, m) => acc + (m.expectedValueIdr ?? 0), 0);
    // A category seen only in months that are not observed (e.g. the current, incomplete month) has nothing to say yet.
    if (months.some((m) => (m.expectedValueIdr ?? 0) > 0)) categories.push({ slug, name, months, expectedYearValueIdr });
  }
  categories.sort((a, b) => b.expectedYearValueIdr - a.expectedYearValueIdr || a.name.localeCompare(b.name, "id"));
  return {
    year,
    basisYears: [...basis],
    observedFrom: firstMonth,
    observedUntil: currentMonth,
    categories,
  };
};

/** Heat-map shade 0..4 of a value against the largest of the calendar: what the SVG colours, testable without rendering. */
export const demandShade = (valueIdr: number | null, maxIdr: number): number | null => {
  if (valueIdr === null) return null;
  if (valueIdr <= 0 || maxIdr <= 0) return 0;
  return Math.min(4, Math.max(1, Math.ceil((valueIdr / maxIdr) * 4)));
};
