import { sql } from "drizzle-orm";
import { db } from "@/db/client";
import { seedDemoData } from "@/db/seed";
import { witaDate } from "@/lib/domain/time/wita";
import { getDemandCalendar } from "@/lib/services/catalog/get-demand-calendar";
import { HttpSession } from "../setup/http-session";

jest.setTimeout(60_000);

const NOW = new Date("2026-12-03T02:00:00Z");
type Line = { placedAt: Date; status: string; categorySlug: string; quantity: number; valueIdr: number; orderId: string };

const orderLines = async (): Promise<Line[]> =>
  ((await db.execute(sql`
    SELECT o.placed_at AS "placedAt", o.status::text AS status, ol.category_slug AS "categorySlug", ol.quantity, ol.line_total_idr::text AS "valueIdr", o.id AS "orderId"
      FROM order_lines ol JOIN orders o ON o.id = ol.order_id`)) as unknown as Array<Line & { placedAt: string | Date; valueIdr: string }>).map((r) => ({
    ...r,
    placedAt: new Date(r.placedAt),
    valueIdr: Number(r.valueIdr),
    quantity: Number(r.quantity),
  }));

beforeAll(async () => {
  await seedDemoData(db, { now: NOW });
  // Fixture history over two years: half the seeded orders move back a year (same WITA month), one is cancelled.
  await db.execute(sql`UPDATE orders SET placed_at = placed_at - interval '1 year' WHERE id IN (SELECT id FROM orders ORDER BY id LIMIT (SELECT count(*) / 2 FROM orders))`);
  await db.execute(sql`UPDATE orders SET status = 'cancelled', cancelled_at = placed_at + interval '1 hour' WHERE id = (SELECT id FROM orders WHERE status = 'placed' ORDER BY id DESC LIMIT 1)`);
});

describe("Kebutuhan rutin calendar", () => {
  it("equals an independent recomputation from the order lines: the month's total per observed year, averaged", async () => {
    const calendar = await getDemandCalendar({ year: 2026 }, { now: NOW });
    const lines = (await orderLines()).filter((l) => !["cancelled", "declined"].includes(l.status));
    const monthOf = (d: Date) => witaDate(d).slice(0, 7);
    const firstMonth = lines.map((l) => monthOf(l.placedAt)).sort()[0]!;
    expect(calendar.observedFrom).toBe(firstMonth);
    expect(calendar.categories.length).toBeGreaterThan(0);

    let checked = 0;
    for (const category of calendar.categories) {
      for (const cell of category.months) {
        const mm = String(cell.month).padStart(2, "0");
        const years = [2024, 2025, 2026].filter((y) => `${y}-${mm}` >= firstMonth && `${y}-${mm}` < "2026-12");
        const inMonth = lines.filter((l) => l.categorySlug === category.slug && years.some((y) => monthOf(l.placedAt) === `${y}-${mm}`));
        if (years.length === 0) {
          expect(cell).toEqual({ month: cell.month, expectedQuantity: null, expectedValueIdr: null, basisYears: 0 });
          continue;
        }
        const value = inMonth.reduce((s, l) => s + l.valueIdr, 0);
        const quantity = inMonth.reduce((s, l) => s + l.quantity, 0);
        expect({ category: category.slug, month: cell.month, value: cell.expectedValueIdr, quantity: cell.expectedQuantity, years: cell.basisYears }).toEqual({
          category: category.slug, month: cell.month, value: Math.round(value / years.length), quantity: Math.round(quantity / years.length), years: years.length,
        });
        if (inMonth.length > 0) checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(0);
    // Some cell really averages two years of orders, so the test covers the averaging, not just sums.
    expect(calendar.categories.some((c) => c.months.some((m) => m.basisYears === 2 && (m.expectedValueIdr ?? 0) > 0))).toBe(true);
  });

  it("leaves the cancelled order out", async () => {
    const [cancelled] = (await db.execute(sql`
      SELECT ol.category_slug AS slug, ol.line_total_idr::text AS value FROM orders o JOIN order_lines ol ON ol.order_id = o.id WHERE o.status = 'cancelled' LIMIT 1`)) as unknown as Array<{ slug: string; value: string }>;
    const before = await getDemandCalendar({ year: 2026 }, { now: NOW });
    await db.execute(sql`UPDATE orders SET status = 'placed', cancelled_at = NULL WHERE status = 'cancelled'`);
    const after = await getDemandCalendar({ year: 2026 }, { now: NOW });
    const total = (c: typeof before) => c.categories.find((x) => x.slug === cancelled!.slug)?.months.reduce((s, m) => s + (m.expectedValueIdr ?? 0), 0) ?? 0;
    expect(total(after)).toBeGreaterThan(total(before));
  });

  it("is public over HTTP, names no office, and refuses a bad year", async () => {
    const visitor = new HttpSession();
    const response = await visitor.fetch("/api/v1/demand/calendar?year=2026");
    expect(response.status).toBe(200);
    const body = await response.text();
    expect(JSON.parse(body)).toMatchObject({ year: 2026, basisYears: [2024, 2025, 2026] });
    expect(body).not.toMatch(/Dinas|Badan|opdId|buyer/i);
    for (const query of ["year=abc", "year=99999", "year=%E0%A4%A", "year=2026.5", "year=-1"]) {
      expect({ query, status: (await visitor.fetch(`/api/v1/demand/calendar?${query}`)).status }).toEqual({ query, status: 400 });
    }
  });
});
