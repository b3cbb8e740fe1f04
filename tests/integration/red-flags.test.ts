import { sql } from "drizzle-orm";
import { db } from "@/db/client";
import type { Viewer } from "@/lib/domain/auth/roles";
import { DEFAULT_NTB_POLICY } from "@/lib/domain/compliance/policy";
import { witaYear } from "@/lib/domain/time/wita";
import { verifyAuditChain } from "@/lib/services/audit/verify-audit-chain";
import { listRedFlags } from "@/lib/services/flags/list-red-flags";
import { reviewRedFlag } from "@/lib/services/flags/review-red-flag";
import { savePolicyVersion } from "@/lib/services/procurement/save-policy-version";
import { orderAtBast } from "./payments-helpers";
import { expectAppError, seedDemoParties } from "./procurement-helpers";

jest.setTimeout(60_000);

let buyer: Viewer;
let approver: Viewer;
let auditor: Viewer;
let admin: Viewer;
let dispar: string;
const year = witaYear(new Date());
const one = async <T>(query: ReturnType<typeof sql>) => ((await db.execute(query)) as unknown as T[])[0]!;

beforeAll(async () => {
  ({ buyer, approver, auditor, admin, dispar } = await seedDemoParties(db));
}, 60_000);

const flagsOf = async (query: Partial<Parameters<typeof listRedFlags>[1]> = {}) => listRedFlags(auditor, { year, ...query });

describe("red flags over the real database", () => {
  it("finds a stale shipment and an unpaid BAST, linked to their order, BAST and invoice", async () => {
    const shipped = await orderAtBast(db, { buyer, approver, opdId: dispar }, { receive: "none" });
    await db.execute(sql`UPDATE orders SET shipped_at = now() - interval '20 days' WHERE id = ${shipped.orderId}`);
    const unpaid = await orderAtBast(db, { buyer, approver, opdId: dispar });
    const invoice = await one<{ id: string; receiptId: string }>(sql`SELECT id, receipt_id AS "receiptId" FROM invoices WHERE order_id = ${unpaid.orderId}`);
    await db.execute(sql`UPDATE invoices SET issued_at = now() - interval '12 days' WHERE id = ${invoice.id}`);

    const { flags } = await flagsOf({ opd: dispar });
    const stale = flags.find((f) => f.kind === "shipped_without_bast" && f.links[0]!.id === shipped.orderId);
    expect(stale?.links[0]!.href).toBe(`/pesanan/${shipped.orderId}`);
    expect(stale?.params.days).toBe(20);
    const owed = flags.find((f) => f.kind === "bast_unpaid" && f.links[0]!.id === invoice.id);
    expect(owed?.links.map((l) => l.href)).toEqual([`/pesanan/${unpaid.orderId}/faktur/${invoice.id}`, `/pesanan/${unpaid.orderId}/bast/${invoice.receiptId}`, `/pesanan/${unpaid.orderId}`]);
    expect(owed?.message.id).toContain("BAST belum dibayar");
    expect(owed?.opds).toEqual([{ id: dispar, name: expect.any(String) }]);
  });

  it("judges prices against a reference price from the region's policy, and decisions outside working hours", async () => {
    const order = await orderAtBast(db, { buyer, approver, opdId: dispar }, { unitPriceIdr: 990_000 });
    const line = await one<{ id: string; categorySlug: string; requestId: string }>(sql`
      SELECT ol.id, ol.category_slug AS "categorySlug", o.request_id AS "requestId" FROM order_lines ol JOIN orders o ON o.id = ol.order_id WHERE o.id = ${order.orderId}`);
    const before = await flagsOf({ kind: "price_above_reference" });
    expect(before.flags.find((f) => f.links[0]!.id === order.orderId)).toBeUndefined();

    const regionId = auditor.memberships.find((m) => m.role === "auditor")!.regionId;
    const rules = { ...DEFAULT_NTB_POLICY.rules, redFlags: { ...DEFAULT_NTB_POLICY.rules.redFlags, referencePricesIdr: { [line.categorySlug]: 100_000 } } };
    await savePolicyVersion(admin, regionId, rules, "Uji: harga acuan untuk tanda bahaya");
    const after = await flagsOf({ kind: "price_above_reference" });
    const flag = after.flags.find((f) => f.links[0]!.id === order.orderId);
    expect(flag?.key).toBe(`price-above-reference.${year}.${line.id}`);
    expect(flag?.params).toMatchObject({ unitPriceIdr: 990_000, referenceIdr: 100_000, ratio: 9.9 });

    // Saturday 22:00 WITA of this year (a week in mid-year is always inside it).
    await db.execute(sql`UPDATE purchase_requests SET decided_at = ${`${year}-06-06T22:00:00+08:00`}::timestamptz, submitted_at = ${`${year}-06-06T09:00:00+08:00`}::timestamptz WHERE id = ${line.requestId}`);
    const hours = await flagsOf({ kind: "outside_working_hours" });
    expect(hours.flags.find((f) => f.key === `outside-working-hours.${year}.approval.${line.requestId}`)?.params.wita).toBe(`${year}-06-06 22:00`);
  });

  it("lets an auditor review a flag once, keeps the review on recomputation, and writes the audit trail", async () => {
    const { flags } = await flagsOf({ reviewed: false });
    const target = flags[0]!;
    expect(target.actions.review).toBe(true);
    await expectAppError(reviewRedFlag(admin, target.key, { note: "Admin mencoba" }), "forbidden");
    await expectAppError(reviewRedFlag(auditor, `approval-delay.${year}.00000000-0000-4000-8000-000000000000`, { note: "Tidak ada" }), "not_found");

    const result = await reviewRedFlag(auditor, target.key, { note: "Diperiksa: dokumen lengkap" });
    expect(result.review.note).toBe("Diperiksa: dokumen lengkap");
    await expectAppError(reviewRedFlag(auditor, target.key, { note: "Kedua kali" }), "conflict", { reason: "flag_already_reviewed" });

    const reviewed = await flagsOf({ reviewed: true });
    const again = reviewed.flags.find((f) => f.key === target.key);
    expect(again?.review).toMatchObject({ note: "Diperiksa: dokumen lengkap", reviewerName: auditor.name });
    expect(again?.actions.review).toBe(false);
    expect((await flagsOf({ reviewed: false })).flags.map((f) => f.key)).not.toContain(target.key);

    const event = await one<{ n: number }>(sql`SELECT count(*)::int AS n FROM audit_events WHERE action = 'red_flag.reviewed' AND entity_id = ${target.key}`);
    expect(event.n).toBe(1);
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });

  it("is for auditors and admins only", async () => {
    await expectAppError(listRedFlags(buyer, { year }), "forbidden");
    await expectAppError(listRedFlags(null, { year }), "unauthenticated");
    const asAdmin = await listRedFlags(admin, { year });
    expect(asAdmin.flags.every((f) => f.actions.review === false)).toBe(true);
    expect(asAdmin.total).toBeGreaterThan(0);
  });
});
