import { sql } from "drizzle-orm";
import { db } from "@/db/client";
import { seedDemoData } from "@/db/seed";
import { approvePurchaseRequest } from "@/lib/services/procurement/approve-purchase-request";
import { submitPurchaseRequest } from "@/lib/services/procurement/submit-purchase-request";
import { verifyAuditChain } from "@/lib/services/audit/verify-audit-chain";
import type { Viewer } from "@/lib/domain/auth/roles";
import { budgetOf, JUSTIFICATION, newBudgetLine, opdIdOf, setStock, stockOf, umkProducts, viewerOf } from "./procurement-helpers";

let buyer: Viewer;
let approver: Viewer;
let dispar: string;

beforeAll(async () => {
  await seedDemoData(db, { now: new Date() });
  buyer = await viewerOf(db, "pembeli@pasarumk.test");
  approver = await viewerOf(db, "ppk@pasarumk.test");
  dispar = await opdIdOf(db, "Dispar");
}, 60_000);

const outcome = (p: Promise<unknown>) =>
  p.then(
    () => "approved",
    (e: { code?: string; details?: { reason?: string } }) => `${e.code}:${e.details?.reason ?? ""}`,
  );

describe("approvals under concurrency (real Postgres)", () => {
  it("50 concurrent approvals against stock 10: exactly 10 approved, 10 units committed, stock 0, 40 × 409 insufficient_stock", async () => {
    const [product] = await umkProducts(db, 1);
    await setStock(db, product!.id, 10);
    const line = await newBudgetLine(db, dispar, product!.priceIdr * 100);
    const requests = [];
    for (let i = 0; i < 50; i += 1) {
      // The justification keeps SELLER_ROTATION from blocking the 6th order at the same seller.
      requests.push(
        await submitPurchaseRequest(buyer, { budgetLineId: line.id, purpose: `Uji konkurensi ${i}`, lines: [{ productId: product!.id, quantity: 1 }], justification: JUSTIFICATION }),
      );
    }
    const results = await Promise.all(requests.map((r) => outcome(approvePurchaseRequest(approver, r.id))));
    expect(results.filter((r) => r === "approved")).toHaveLength(10);
    expect(results.filter((r) => r === "conflict:insufficient_stock")).toHaveLength(40);
    expect(await stockOf(db, product!.id)).toBe(0);

    const budget = await budgetOf(db, line.id);
    expect(budget.committedIdr).toBe(product!.priceIdr * 10);
    const [counts] = (await db.execute(sql`
      SELECT (SELECT count(*)::int FROM orders WHERE budget_line_id = ${line.id}) AS orders,
             (SELECT coalesce(sum(ol.quantity), 0)::int FROM order_lines ol JOIN orders o ON o.id = ol.order_id WHERE o.budget_line_id = ${line.id}) AS units,
             (SELECT count(*)::int FROM purchase_requests WHERE budget_line_id = ${line.id} AND status = 'ordered') AS ordered,
             (SELECT count(*)::int FROM purchase_requests WHERE budget_line_id = ${line.id} AND status = 'submitted') AS waiting,
             (SELECT count(*)::int FROM search_outbox WHERE entity_id = ${product!.id}) AS outbox`)) as unknown as Array<Record<string, number>>;
    // Nothing half-written: the 40 refused requests are still submitted, with no orders and no money.
    expect(counts).toEqual({ orders: 10, units: 10, ordered: 10, waiting: 40, outbox: 10 });
    expect((await verifyAuditChain(db)).ok).toBe(true);
  }, 120_000);

  it("concurrent approvals never over-commit a budget line", async () => {
    const products = await umkProducts(db, 12);
    const price = products[0]!.priceIdr;
    const cheap = products.filter((p) => p.priceIdr === price);
    const product = cheap[0]!;
    await setStock(db, product.id, 1_000);
    // Room for exactly 3 requests of 2 units.
    const line = await newBudgetLine(db, dispar, price * 2 * 3 + price);
    const requests = [];
    for (let i = 0; i < 12; i += 1) {
      requests.push(
        await submitPurchaseRequest(buyer, { budgetLineId: line.id, purpose: `Uji anggaran ${i}`, lines: [{ productId: product.id, quantity: 2 }], justification: JUSTIFICATION }),
      );
    }
    const results = await Promise.all(requests.map((r) => outcome(approvePurchaseRequest(approver, r.id))));
    expect(results.filter((r) => r === "approved")).toHaveLength(3);
    expect(results.filter((r) => r === "conflict:insufficient_budget")).toHaveLength(9);
    const budget = await budgetOf(db, line.id);
    expect(budget.committedIdr).toBe(price * 6);
    expect(budget.committedIdr + budget.realizedIdr).toBeLessThanOrEqual(budget.ceilingIdr);
    expect(await stockOf(db, product.id)).toBe(1_000 - 6);
  }, 120_000);
});
