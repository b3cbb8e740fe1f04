import { sql } from "drizzle-orm";
import { db } from "@/db/client";
import { seedDemoData } from "@/db/seed";
import type { Viewer } from "@/lib/domain/auth/roles";
import { witaYear } from "@/lib/domain/time/wita";
import { spendCharts } from "@/lib/services/charts/spend-charts";
import { complianceSummary } from "@/lib/services/procurement/compliance-summary";
import { getOpdAuditReport } from "@/lib/services/reports/get-opd-audit-report";
import { paymentClock } from "@/lib/services/payments/payment-clock";
import { expectAppError, opdIdOf, viewerOf } from "./procurement-helpers";

// The chart breakdowns and the report's figures against independent recomputations from the order-line snapshots.

let auditor: Viewer;
let approver: Viewer;
let buyer: Viewer;
let dispar: string;
const now = new Date();
const year = witaYear(now);

beforeAll(async () => {
  await seedDemoData(db, { now });
  auditor = await viewerOf(db, "auditor@pasarumk.test");
  approver = await viewerOf(db, "ppk@pasarumk.test");
  buyer = await viewerOf(db, "pembeli@pasarumk.test");
  dispar = await opdIdOf(db, "Dispar");
}, 60_000);

const SPENDING = sql.raw(`('placed','accepted','shipped','received','invoiced','paid','closed')`);
const inYear = sql`o.status IN ${SPENDING} AND extract(year FROM o.placed_at AT TIME ZONE 'Asia/Makassar') = ${year}`;

describe("spendCharts", () => {
  it("months, seller kabupaten and categories each add up to the summary, and match the order lines", async () => {
    const [charts, summary] = await Promise.all([spendCharts(auditor, { fiscalYear: year, withCategories: true, locale: "id" }, now), complianceSummary(auditor, { fiscalYear: year }, now)]);
    const total = summary.opds.reduce((s, o) => s + o.totalIdr, 0);
    expect(total).toBeGreaterThan(0);
    expect(charts.months.length).toBe(Number(new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(5, 7)));
    expect(charts.months.reduce((s, m) => s + m.totalIdr, 0)).toBe(total);
    expect(charts.bySellerRegion.reduce((s, r) => s + r.totalIdr, 0)).toBe(total);
    expect(charts.byCategory!.reduce((s, r) => s + r.totalIdr, 0)).toBe(total);

    const months = (await db.execute(sql`
      SELECT extract(month FROM o.placed_at AT TIME ZONE 'Asia/Makassar')::int AS month, sum(ol.quantity * ol.unit_price_idr)::float8 AS total,
             coalesce(sum(ol.quantity * ol.unit_price_idr) FILTER (WHERE ol.seller_is_umk), 0)::float8 AS umk
      FROM orders o JOIN order_lines ol ON ol.order_id = o.id WHERE ${inYear} GROUP BY 1`)) as unknown as Array<{ month: number; total: number; umk: number }>;
    for (const m of charts.months) {
      const expected = months.find((r) => r.month === m.month);
      expect(m.totalIdr).toBe(expected?.total ?? 0);
      expect(m.umkIdr).toBe(expected?.umk ?? 0);
      expect(m.umkShare).toBeCloseTo(expected ? expected.umk / expected.total : 0, 12);
    }
    const regions = (await db.execute(sql`
      SELECT r.name, sum(ol.quantity * ol.unit_price_idr)::float8 AS total
      FROM orders o JOIN order_lines ol ON ol.order_id = o.id JOIN businesses b ON b.id = o.business_id JOIN regions r ON r.id = b.region_id
      WHERE ${inYear} GROUP BY r.name`)) as unknown as Array<{ name: string; total: number }>;
    expect(charts.bySellerRegion.map((r) => [r.label, r.totalIdr]).sort()).toEqual(regions.map((r) => [r.name, r.total]).sort());
    const categories = (await db.execute(sql`
      SELECT c.name_id AS name, sum(ol.quantity * ol.unit_price_idr)::float8 AS total
      FROM orders o JOIN order_lines ol ON ol.order_id = o.id JOIN categories c ON c.slug = ol.category_slug WHERE ${inYear} GROUP BY c.name_id`)) as unknown as Array<{ name: string; total: number }>;
    expect(charts.byCategory!.map((r) => [r.label, r.totalIdr]).sort()).toEqual(categories.map((r) => [r.name, r.total]).sort());
  });

  it("is scoped like the summary: a PPK gets their own OPD, a buyer is refused", async () => {
    const [own, ownSummary] = await Promise.all([spendCharts(approver, { fiscalYear: year, locale: "id" }, now), complianceSummary(approver, { fiscalYear: year }, now)]);
    expect(own.months.reduce((s, m) => s + m.totalIdr, 0)).toBe(ownSummary.opds[0]!.totalIdr);
    expect(own.byCategory).toBeNull();
    await expectAppError(spendCharts(buyer, { fiscalYear: year, locale: "id" }, now), "forbidden");
    await expectAppError(spendCharts(null, { fiscalYear: year, locale: "id" }, now), "unauthenticated");
  });
});

describe("payment clock age buckets", () => {
  it("count every paid invoice and every open order of the view once", async () => {
    const clock = await paymentClock(auditor, { fiscalYear: year }, now);
    expect(clock.ageBuckets.reduce((s, b) => s + b.paid, 0)).toBe(clock.opds.reduce((s, o) => s + o.paidCount, 0));
    expect(clock.ageBuckets.reduce((s, b) => s + b.open, 0)).toBe(clock.opds.reduce((s, o) => s + o.openCount, 0));
    const late = clock.ageBuckets.filter((b) => b.isLate).reduce((s, b) => s + b.open, 0);
    expect(late).toBe(clock.opds.reduce((s, o) => s + o.overdueCount, 0));
  });
});

describe("getOpdAuditReport", () => {
  it("states the OPD's summary line, its exceptions and top sellers from the same data", async () => {
    const report = await getOpdAuditReport(auditor, { fiscalYear: year, opdId: dispar, locale: "id" }, now);
    const [line] = (await complianceSummary(auditor, { fiscalYear: year, opdId: dispar }, now)).opds;
    expect(report.opd.id).toBe(dispar);
    expect(report.compliance).toEqual(line);
    expect(report.exceptions.every((e) => e.justificationCode !== null)).toBe(true);
    expect(report.exceptions).toHaveLength(line!.exceptions);
    expect(report.topSellers.length).toBeGreaterThan(0);
    expect(report.topSellers.reduce((s, x) => s + x.totalIdr, 0)).toBeLessThanOrEqual(line!.totalIdr);
    const amounts = report.topSellers.map((s) => s.totalIdr);
    expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
  });

  it("is finance's: the OPD's own PPK and a buyer are refused", async () => {
    await expectAppError(getOpdAuditReport(approver, { fiscalYear: year, opdId: dispar, locale: "id" }, now), "forbidden");
    await expectAppError(getOpdAuditReport(buyer, { fiscalYear: year, opdId: dispar, locale: "id" }, now), "forbidden");
  });
});
