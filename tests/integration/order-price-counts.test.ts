import { readFileSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { db } from "@/db/client";
import { priceHistogramOfRegion } from "@/db/queries/order-price-counts";
import type { Viewer } from "@/lib/domain/auth/roles";
import { fiscalYearRange, witaYear } from "@/lib/domain/time/wita";
import { verifyAuditChain } from "@/lib/services/audit/verify-audit-chain";
import { approvePurchaseRequest } from "@/lib/services/procurement/approve-purchase-request";
import { cancelOrder } from "@/lib/services/procurement/cancel-order";
import { declineOrder } from "@/lib/services/procurement/decline-order";
import { submitPurchaseRequest } from "@/lib/services/procurement/submit-purchase-request";
import { sellerOf } from "./payments-helpers";
import { JUSTIFICATION, newBudgetLine, seedDemoParties, setStock, umkProducts } from "./procurement-helpers";

jest.setTimeout(120_000);

let buyer: Viewer;
let approver: Viewer;
let dispar: string;
let regionId: string;
const year = witaYear(new Date());

beforeAll(async () => {
  ({ buyer, approver, dispar } = await seedDemoParties(db));
  regionId = ((await db.execute(sql`SELECT region_id AS "regionId" FROM opds WHERE id = ${dispar}`)) as unknown as Array<{ regionId: string }>)[0]!.regionId;
}, 60_000);

type Histogram = Awaited<ReturnType<typeof priceHistogramOfRegion>>;
const sorted = (h: Histogram) => [...h].sort((a, b) => a.categorySlug.localeCompare(b.categorySlug) || a.unitPriceIdr - b.unitPriceIdr);

/** What the counts must equal: the pass over every spending line of the region's year, written independently. */
const passOverLines = async (): Promise<Histogram> => {
  const { from, to } = fiscalYearRange(year);
  const rows = (await db.execute(sql`
    SELECT ol.category_slug AS "categorySlug", ol.unit_price_idr::float8 AS "unitPriceIdr", count(*)::int AS "lines"
    FROM order_lines ol JOIN orders o ON o.id = ol.order_id JOIN opds d ON d.id = o.opd_id
    WHERE d.region_id = ${regionId} AND o.status NOT IN ('declined', 'cancelled')
      AND o.placed_at >= ${from.toISOString()}::timestamptz AND o.placed_at < ${to.toISOString()}::timestamptz
    GROUP BY 1, 2`)) as unknown as Histogram;
  return sorted(rows);
};

const ordersOf = async (requestId: string) =>
  (await db.execute(sql`SELECT id, business_id AS "businessId" FROM orders WHERE request_id = ${requestId} ORDER BY number`)) as unknown as Array<{ id: string; businessId: string }>;

describe("the category medians' price counts (order_price_counts)", () => {
  it("equal the pass over the lines after the demo seed", async () => {
    const counted = sorted(await priceHistogramOfRegion(db, { regionId, fiscalYear: year }));
    expect(counted.length).toBeGreaterThan(0);
    expect(counted).toEqual(await passOverLines());
  });

  it("are what the migration's backfill computes from the lines already there", async () => {
    const migration = readFileSync(path.join(process.cwd(), "db/migrations/0021_price_counts.sql"), "utf8");
    const backfill = migration.split("--> statement-breakpoint").find((statement) => statement.includes("-- Backfill"))!;
    const before = sorted(await priceHistogramOfRegion(db, { regionId, fiscalYear: year }));
    await db.transaction(async (tx) => {
      await tx.execute(sql`DELETE FROM order_price_counts`);
      await tx.execute(sql.raw(backfill));
    });
    expect(sorted(await priceHistogramOfRegion(db, { regionId, fiscalYear: year }))).toEqual(before);
  });

  it("follow concurrent approvals of overlapping prices, a decline and a cancellation, with no deadlock and one chain", async () => {
    const products = await umkProducts(db, 6);
    for (const p of products) await setStock(db, p.id, 1_000);
    const line = await newBudgetLine(db, dispar, 1_000_000_000);
    // Each request buys two or three of the same six products in a different order, so concurrent approvals write
    // the same (category, price) rows and would take them in opposite orders if the writes were not sorted.
    const requests = [];
    let lineCount = 0;
    for (let i = 0; i < 12; i += 1) {
      const picks = [products[i % 6]!, products[(i + 3) % 6]!, ...(i % 2 === 0 ? [products[(i + 1) % 6]!] : [])];
      const lines = [...new Map(picks.map((p) => [p.id, { productId: p.id, quantity: 1 + (i % 3) }])).values()];
      lineCount += lines.length;
      requests.push(await submitPurchaseRequest(buyer, { budgetLineId: line.id, purpose: `Uji hitungan harga ${i}`, lines, justification: JUSTIFICATION }));
    }
    const before = await priceHistogramOfRegion(db, { regionId, fiscalYear: year });
    const results = await Promise.allSettled(requests.map((r) => approvePurchaseRequest(approver, r.id)));
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    const linesAdded = (await passOverLines()).reduce((n, r) => n + r.lines, 0) - before.reduce((n, r) => n + r.lines, 0);
    expect(linesAdded).toBe(lineCount);
    expect(sorted(await priceHistogramOfRegion(db, { regionId, fiscalYear: year }))).toEqual(await passOverLines());

    const [declined] = await ordersOf(requests[0]!.id);
    await declineOrder(await sellerOf(db, declined!.businessId), declined!.id, { reason: "Stok untuk pesanan ini sedang habis di gudang." });
    const [cancelled] = await ordersOf(requests[1]!.id);
    await cancelOrder(approver, cancelled!.id, { reason: "Kegiatan ditunda oleh kepala dinas." });
    expect(sorted(await priceHistogramOfRegion(db, { regionId, fiscalYear: year }))).toEqual(await passOverLines());
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });

  it("refuse a subtraction that would go below zero, and the decline changes nothing", async () => {
    const [product] = await umkProducts(db, 1);
    const line = await newBudgetLine(db, dispar, 100_000_000);
    const request = await submitPurchaseRequest(buyer, { budgetLineId: line.id, purpose: "Uji hitungan rusak", lines: [{ productId: product!.id, quantity: 1 }], justification: JUSTIFICATION });
    await approvePurchaseRequest(approver, request.id);
    const [order] = await ordersOf(request.id);
    // A table already wrong (its rows written past the services) must not be made worse quietly.
    await db.execute(sql`UPDATE order_price_counts SET lines = 0 WHERE opd_id = ${dispar}`);
    await expect(declineOrder(await sellerOf(db, order!.businessId), order!.id, { reason: "Stok untuk pesanan ini sedang habis di gudang." })).rejects.toThrow("out of balance");
    const [after] = (await db.execute(sql`SELECT status FROM orders WHERE id = ${order!.id}`)) as unknown as Array<{ status: string }>;
    expect(after?.status).toBe("placed");
  });
});
