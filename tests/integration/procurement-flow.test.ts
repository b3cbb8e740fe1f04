import { sql } from "drizzle-orm";
import { db } from "@/db/client";
import { seedDemoData } from "@/db/seed";
import { DEFAULT_NTB_POLICY } from "@/lib/domain/compliance/policy";
import type { Viewer } from "@/lib/domain/auth/roles";
import { witaYear } from "@/lib/domain/time/wita";
import { verifyAuditChain } from "@/lib/services/audit/verify-audit-chain";
import { acceptOrder } from "@/lib/services/procurement/accept-order";
import { addToCart } from "@/lib/services/procurement/add-to-cart";
import { approvePurchaseRequest } from "@/lib/services/procurement/approve-purchase-request";
import { cancelOrder } from "@/lib/services/procurement/cancel-order";
import { complianceSummary, listComplianceRequests } from "@/lib/services/procurement/compliance-summary";
import { declineOrder } from "@/lib/services/procurement/decline-order";
import { getActivePolicy } from "@/lib/services/procurement/get-active-policy";
import { getCart } from "@/lib/services/procurement/get-cart";
import { getOrder } from "@/lib/services/procurement/get-order";
import { getPurchaseRequest } from "@/lib/services/procurement/get-purchase-request";
import { listApproverInbox } from "@/lib/services/procurement/list-approver-inbox";
import { listBudgetLines } from "@/lib/services/procurement/list-budget-lines";
import { listMyPurchaseRequests } from "@/lib/services/procurement/list-my-purchase-requests";
import { listOrders } from "@/lib/services/procurement/list-orders";
import { rateOrder } from "@/lib/services/procurement/rate-order";
import { receiveOrder } from "@/lib/services/procurement/receive-order";
import { rejectPurchaseRequest } from "@/lib/services/procurement/reject-purchase-request";
import { returnPurchaseRequest } from "@/lib/services/procurement/return-purchase-request";
import { savePolicyVersion } from "@/lib/services/procurement/save-policy-version";
import { shipOrder } from "@/lib/services/procurement/ship-order";
import { submitPurchaseRequest } from "@/lib/services/procurement/submit-purchase-request";
import {
  budgetOf, expectAppError, grant, JUSTIFICATION, newBudgetLine, nonUmkProduct, opdIdOf, setStock, stockOf, umkProducts, viewerOf,
} from "./procurement-helpers";

let buyer: Viewer;
let approver: Viewer;
let otherApprover: Viewer;
let auditor: Viewer;
let admin: Viewer;
let dispar: string;
const year = witaYear(new Date());

beforeAll(async () => {
  await seedDemoData(db, { now: new Date() });
  buyer = await viewerOf(db, "pembeli@pasarumk.test");
  approver = await viewerOf(db, "ppk@pasarumk.test");
  otherApprover = await viewerOf(db, "ppk.diskop@pasarumk.test");
  auditor = await viewerOf(db, "auditor@pasarumk.test");
  admin = await viewerOf(db, "admin@pasarumk.test");
  dispar = await opdIdOf(db, "Dispar");
}, 60_000);

/** A submitted request for `quantity` of one product on a fresh budget line. */
const submitOne = async (opts: { quantity?: number; productIndex?: number; ceilingIdr?: number } = {}) => {
  const products = await umkProducts(db, 10);
  const product = products[opts.productIndex ?? 3]!;
  await setStock(db, product.id, 50);
  const line = await newBudgetLine(db, dispar, opts.ceilingIdr ?? 500_000_000);
  const request = await submitPurchaseRequest(buyer, {
    budgetLineId: line.id,
    purpose: "Cendera mata tamu uji",
    lines: [{ productId: product.id, quantity: opts.quantity ?? 3 }],
    justification: JUSTIFICATION,
  });
  return { request, product, line };
};

describe("submitting", () => {
  it("stores the decision, policy id and version, and the seller snapshot", async () => {
    const { request, product } = await submitOne();
    expect(request.status).toBe("submitted");
    expect(request.compliance.verdict).not.toBe("block");
    const stored = await getPurchaseRequest(buyer, request.id);
    const policy = await getActivePolicy(buyer.memberships[0]!.regionId);
    expect(policy.id).not.toBeNull();
    expect(stored).toMatchObject({ status: "submitted", policyId: policy.id, policyVersion: 1, totalIdr: product.priceIdr * 3 });
    expect(stored.lines[0]!.seller).toMatchObject({ businessId: product.businessId, isUmk: true, nib: expect.stringMatching(/^\d{13}$/) });
    expect(stored.compliance?.verdict).toBe(request.compliance.verdict);
  });

  it("refuses a blocked cart with 422 and the compliance in details, storing nothing", async () => {
    const product = await nonUmkProduct(db);
    await setStock(db, product.id, 50);
    const line = await newBudgetLine(db, dispar, 500_000_000);
    const before = (await db.execute(sql`SELECT count(*)::int AS n FROM purchase_requests`)) as unknown as Array<{ n: number }>;
    const error = await expectAppError(
      submitPurchaseRequest(buyer, { budgetLineId: line.id, purpose: "Uji blokir", lines: [{ productId: product.id, quantity: 1 }] }),
      "unprocessable",
    );
    const details = error.details as { compliance: { verdict: string; findings: Array<{ rule: string; severity: string; message: { id: string; en: string } }> } };
    expect(details.compliance.verdict).toBe("block");
    expect(details.compliance.findings).toContainEqual(expect.objectContaining({ rule: "UMK_ONLY", severity: "block", message: expect.objectContaining({ id: expect.stringContaining("alasan pengecualian") }) }));
    const after = (await db.execute(sql`SELECT count(*)::int AS n FROM purchase_requests`)) as unknown as Array<{ n: number }>;
    expect(after[0]!.n).toBe(before[0]!.n);
  });

  it("previews the cart's compliance live, grouped by seller, before submitting", async () => {
    const product = await nonUmkProduct(db);
    const line = await newBudgetLine(db, dispar, 500_000_000);
    await addToCart(buyer, { productId: product.id, quantity: 1 });
    const cart = await getCart(buyer, { budgetLineId: line.id });
    expect(cart.sellers.map((s) => s.businessId)).toContain(product.businessId);
    expect(cart.compliance?.verdict).toBe("block");
    const justified = await getCart(buyer, { budgetLineId: line.id, justification: JUSTIFICATION });
    expect(justified.compliance?.verdict).toBe("needs_justification");
  });

  it("lists budget lines of the buyer's own OPD with what is available", async () => {
    const lines = await listBudgetLines(buyer);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((l) => l.opdId === dispar && l.availableIdr === l.ceilingIdr - l.committedIdr - l.realizedIdr)).toBe(true);
  });
});

describe("approving", () => {
  it("refuses self-approval and another OPD's approver with 403, double approval with 409", async () => {
    const { request } = await submitOne();
    const buyerAndPpk = await grant(db, "pembeli@pasarumk.test", "approver", dispar);
    await expectAppError(approvePurchaseRequest(buyerAndPpk, request.id), "forbidden");
    await expectAppError(approvePurchaseRequest(otherApprover, request.id), "forbidden");
    const approved = await approvePurchaseRequest(approver, request.id);
    expect(approved.status).toBe("ordered");
    expect(approved.orders).toHaveLength(1);
    expect(approved.orders[0]!.number).toMatch(new RegExp(`^SP/${year}/DISPAR/\\d{6}$`));
    await expectAppError(approvePurchaseRequest(approver, request.id), "conflict", { reason: "not_submitted" });
    await expectAppError(rejectPurchaseRequest(approver, request.id, { reason: "Terlambat sekali" }), "conflict", { reason: "not_submitted" });
  });

  it("names the product when stock is gone at approval, and writes nothing", async () => {
    const { request, product, line } = await submitOne({ quantity: 5 });
    await setStock(db, product.id, 4);
    await expectAppError(approvePurchaseRequest(approver, request.id), "conflict", { reason: "insufficient_stock", productId: product.id });
    expect(await stockOf(db, product.id)).toBe(4);
    expect((await budgetOf(db, line.id)).committedIdr).toBe(0);
    expect((await getPurchaseRequest(approver, request.id)).status).toBe("submitted");
  });

  it("refuses to approve a product taken off sale since submission (409 product_unavailable)", async () => {
    const { request, product } = await submitOne({ productIndex: 5 });
    await db.execute(sql`UPDATE products SET status = 'archived' WHERE id = ${product.id}`);
    await expectAppError(approvePurchaseRequest(approver, request.id), "conflict", { reason: "product_unavailable", productId: product.id });
    await db.execute(sql`UPDATE products SET status = 'active' WHERE id = ${product.id}`);
  });

  it("saves a draft (even a blocked one) without submitting, then submits it", async () => {
    const product = await nonUmkProduct(db);
    await setStock(db, product.id, 50);
    const line = await newBudgetLine(db, dispar, 500_000_000);
    const draft = await submitPurchaseRequest(buyer, { budgetLineId: line.id, purpose: "Draf uji", lines: [{ productId: product.id, quantity: 1 }], draft: true });
    expect(draft).toMatchObject({ status: "draft", compliance: { verdict: "block" } });
    await expectAppError(approvePurchaseRequest(approver, draft.id), "conflict", { reason: "not_submitted" });
    const submitted = await submitPurchaseRequest(buyer, { requestId: draft.id, budgetLineId: line.id, purpose: "Draf uji", lines: [{ productId: product.id, quantity: 1 }], justification: JUSTIFICATION });
    expect(submitted).toMatchObject({ id: draft.id, status: "submitted", compliance: { verdict: "needs_justification" } });
  });

  it("rejects with a reason and returns for revision; the buyer resubmits a returned request", async () => {
    const first = await submitOne();
    await rejectPurchaseRequest(approver, first.request.id, { reason: "Tidak sesuai DPA" });
    expect((await getPurchaseRequest(buyer, first.request.id)).status).toBe("rejected");

    const second = await submitOne();
    await returnPurchaseRequest(approver, second.request.id, { note: "Kurangi jumlahnya" });
    expect((await getPurchaseRequest(buyer, second.request.id)).status).toBe("returned");
    const resubmitted = await submitPurchaseRequest(buyer, {
      requestId: second.request.id,
      budgetLineId: second.line.id,
      purpose: "Cendera mata tamu uji (revisi)",
      lines: [{ productId: second.product.id, quantity: 2 }],
      justification: JUSTIFICATION,
    });
    expect(resubmitted).toMatchObject({ id: second.request.id, number: second.request.number, status: "submitted", totalIdr: second.product.priceIdr * 2 });
  });

  it("flags requests left more than 3 working days as overdue in the approver's inbox", async () => {
    const inbox = await listApproverInbox(approver);
    expect(inbox.length).toBeGreaterThan(0);
    expect(inbox.every((r) => r.opdId === dispar)).toBe(true);
    // The seed leaves one Dispar request submitted 6 calendar days ago.
    expect(inbox.some((r) => r.overdue)).toBe(true);
    const later = await listApproverInbox(approver, new Date(Date.now() + 30 * 86_400_000));
    expect(later.every((r) => r.overdue)).toBe(true);
  });
});

describe("orders", () => {
  it("decline releases stock and budget in one transaction", async () => {
    const { request, product, line } = await submitOne({ quantity: 4 });
    const { orders } = await approvePurchaseRequest(approver, request.id);
    expect(await stockOf(db, product.id)).toBe(46);
    expect((await budgetOf(db, line.id)).committedIdr).toBe(product.priceIdr * 4);
    const seller = await sellerOf(product.businessId);
    await expectAppError(declineOrder(buyer, orders[0]!.id, { reason: "Bukan penjual" }), "forbidden");
    await declineOrder(seller, orders[0]!.id, { reason: "Bahan baku habis" });
    expect(await stockOf(db, product.id)).toBe(50);
    expect((await budgetOf(db, line.id)).committedIdr).toBe(0);
    await expectAppError(acceptOrder(seller, orders[0]!.id), "conflict", { reason: "wrong_order_status" });
  });

  it("the PPK cancels an accepted order before shipping: stock and budget come back; after shipping → 409", async () => {
    const { request, product, line } = await submitOne({ quantity: 3, productIndex: 6 });
    const { orders } = await approvePurchaseRequest(approver, request.id);
    const seller = await sellerOf(product.businessId);
    await acceptOrder(seller, orders[0]!.id);
    await expectAppError(cancelOrder(seller, orders[0]!.id, { reason: "Bukan PPK" }), "forbidden");
    const cancelledAt = new Date();
    await cancelOrder(approver, orders[0]!.id, { reason: "Kegiatan ditunda" }, cancelledAt);
    const view = await getOrder(approver, orders[0]!.id);
    expect(view.timeline).toMatchObject({ cancelledAt, cancelReason: "Kegiatan ditunda", declineReason: null, declinedAt: null });
    expect(await stockOf(db, product.id)).toBe(50);
    expect((await budgetOf(db, line.id)).committedIdr).toBe(0);
    await expectAppError(cancelOrder(approver, orders[0]!.id, { reason: "Dua kali" }), "conflict", { reason: "wrong_order_status" });
  });

  it("accept → ship → partial BAST → the rest → rating once", async () => {
    const { request, product } = await submitOne({ quantity: 5 });
    const { orders } = await approvePurchaseRequest(approver, request.id);
    const orderId = orders[0]!.id;
    const seller = await sellerOf(product.businessId);
    await expectAppError(receiveOrder(buyer, orderId), "conflict", { reason: "wrong_order_status" });
    await acceptOrder(seller, orderId);
    await expectAppError(rateOrder(buyer, orderId, { stars: 5 }), "conflict");
    await shipOrder(seller, orderId, { note: "Kurir toko" });
    const order = await getOrder(buyer, orderId);
    const lineId = order.lines[0]!.id;
    await expectAppError(receiveOrder(buyer, orderId, { lines: [{ orderLineId: lineId, quantity: 6 }] }), "unprocessable", { reason: "over_receipt" });
    await expectAppError(receiveOrder(seller, orderId), "forbidden");

    const partial = await receiveOrder(buyer, orderId, { lines: [{ orderLineId: lineId, quantity: 2 }] });
    expect(partial).toMatchObject({ status: "invoiced", complete: false, bast: { receivedValueIdr: product.priceIdr * 2, signedBy: buyer.userId } });
    expect(partial.bast.number).toMatch(new RegExp(`^BAST/${year}/DISPAR/\\d{6}$`));
    const rest = await receiveOrder(buyer, orderId);
    expect(rest).toMatchObject({ complete: true, bast: { receivedValueIdr: product.priceIdr * 3 } });
    await expectAppError(receiveOrder(buyer, orderId), "conflict", { reason: "nothing_outstanding" });

    expect((await listOrders(seller, { statuses: ["invoiced"] })).map((o) => o.id)).toContain(orderId);
    expect((await listOrders(buyer)).every((o) => o.opdId === dispar)).toBe(true);
    expect((await listMyPurchaseRequests(buyer)).map((r) => r.id)).toContain(request.id);
    await expectAppError(listOrders(auditor), "forbidden");
    const viewed = await getOrder(seller, orderId);
    expect(viewed).toMatchObject({ status: "invoiced", basts: [expect.anything(), expect.anything()], invoice: { amountIdr: product.priceIdr * 3, status: "open" }, payments: [], payout: null });
    // The seller prints the BAST too: it names who signed it.
    expect(viewed.basts.map((b) => b.signerName)).toEqual([buyer.name, buyer.name]);
    expect(viewed.lines[0]!.receivedQuantity).toBe(5);
    await expect(getOrder(auditor, orderId)).resolves.toBeTruthy();
    await expect(getOrder(otherApprover, orderId)).rejects.toMatchObject({ code: "forbidden" });

    const before = await db.execute(sql`SELECT rating_count FROM businesses WHERE id = ${product.businessId}`) as unknown as Array<{ rating_count: number }>;
    const rated = await rateOrder(buyer, orderId, { stars: 4, comment: "Rapi" });
    expect(rated.business.ratingCount).toBe(before[0]!.rating_count + 1);
    await expectAppError(rateOrder(buyer, orderId, { stars: 1 }), "conflict", { reason: "already_rated" });
  });
});

describe("compliance summary", () => {
  it("equals an independent recomputation from order-line snapshots, for every OPD of the region", async () => {
    const summary = await complianceSummary(auditor, { fiscalYear: year });
    const expected = (await db.execute(sql`
      SELECT o.id AS "opdId",
             coalesce(sum(ol.quantity * ol.unit_price_idr) FILTER (WHERE ord.status NOT IN ('declined','cancelled')), 0)::float8 AS "totalIdr",
             coalesce(sum(ol.quantity * ol.unit_price_idr) FILTER (WHERE ord.status NOT IN ('declined','cancelled') AND ol.seller_is_umk), 0)::float8 AS "umkIdr",
             coalesce(sum(ol.quantity * ol.unit_price_idr) FILTER (WHERE ord.status NOT IN ('declined','cancelled') AND ol.is_local), 0)::float8 AS "localIdr",
             count(DISTINCT ord.request_id) FILTER (WHERE ord.status NOT IN ('declined','cancelled') AND pr.justification_code IS NOT NULL)::int AS "exceptions"
      FROM opds o
      LEFT JOIN orders ord ON ord.opd_id = o.id
        AND extract(year FROM ord.placed_at AT TIME ZONE 'Asia/Makassar') = ${year}
      LEFT JOIN order_lines ol ON ol.order_id = ord.id
      LEFT JOIN purchase_requests pr ON pr.id = ord.request_id
      WHERE o.region_id = (SELECT id FROM regions WHERE code = '52')
      GROUP BY o.id`)) as unknown as Array<{ opdId: string; totalIdr: number; umkIdr: number; localIdr: number; exceptions: number }>;
    expect(summary.opds).toHaveLength(expected.length);
    expect(expected.length).toBeGreaterThanOrEqual(8);
    for (const row of expected) {
      const got = summary.opds.find((o) => o.opdId === row.opdId)!;
      expect(got).toMatchObject({ totalIdr: row.totalIdr, umkIdr: row.umkIdr, localIdr: row.localIdr, exceptions: row.exceptions, targetShare: DEFAULT_NTB_POLICY.rules.umkShareTarget.targetShare });
      expect(got.umkShare).toBeCloseTo(row.totalIdr === 0 ? 0 : row.umkIdr / row.totalIdr, 12);
      expect(got.meetsTarget).toBe(row.totalIdr > 0 && row.umkIdr / row.totalIdr >= 0.4);
      expect(got.targetStatus).toBe(row.totalIdr === 0 ? "no_spending" : got.meetsTarget ? "met" : "missed");
    }
    expect(summary.opds.some((o) => o.totalIdr === 0 && o.targetStatus === "no_spending")).toBe(true);
    expect(summary.opds.some((o) => o.totalIdr > 0)).toBe(true);
  });

  it("drills down from an OPD's line to the requests behind it, adding up to the same figures", async () => {
    const [line] = (await complianceSummary(auditor, { fiscalYear: year, opdId: dispar })).opds;
    const requests = await listComplianceRequests(auditor, { fiscalYear: year, opdId: dispar });
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.reduce((s, r) => s + r.orderedIdr, 0)).toBe(line!.totalIdr);
    expect(requests.reduce((s, r) => s + r.umkIdr, 0)).toBe(line!.umkIdr);
    expect(requests.filter((r) => r.justificationCode !== null)).toHaveLength(line!.exceptions);
    await expectAppError(listComplianceRequests(buyer, { fiscalYear: year, opdId: dispar }), "forbidden");
  });

  it("approvers see only their own OPD; buyers are refused", async () => {
    const own = await complianceSummary(approver, { fiscalYear: year });
    expect(own.opds.map((o) => o.opdId)).toEqual([dispar]);
    const other = await opdIdOf(db, "Bappeda");
    await expectAppError(complianceSummary(approver, { fiscalYear: year, opdId: other }), "forbidden");
    await expectAppError(complianceSummary(buyer, { fiscalYear: year }), "forbidden");
    await expectAppError(complianceSummary(null, { fiscalYear: year }), "unauthenticated");
  });
});

describe("policy versions", () => {
  it("an admin saves a validated new version with a diff; invalid rules are refused", async () => {
    const regionId = admin.memberships[0]!.regionId;
    const rules = { ...DEFAULT_NTB_POLICY.rules, umkShareTarget: { enabled: true, targetShare: 0.5 } };
    await expectAppError(savePolicyVersion(admin, regionId, { ...rules, valueBand: { enabled: true, maxTotalIdr: -1 } }, "Salah"), "unprocessable");
    await expectAppError(savePolicyVersion(auditor, regionId, rules, "Bukan admin"), "forbidden");
    const saved = await savePolicyVersion(admin, regionId, rules, "Target UMK naik ke 50 %");
    expect(saved.version).toBe(2);
    expect(saved.diff).toEqual([{ path: "umkShareTarget.targetShare", before: 0.4, after: 0.5 }]);
    const active = await getActivePolicy(regionId);
    expect(active).toMatchObject({ id: saved.id, policy: { version: 2 } });
  });
});

describe("audit", () => {
  it("the chain verifies after the whole flow", async () => {
    const verdict = await verifyAuditChain(db);
    expect(verdict.ok).toBe(true);
    const [row] = (await db.execute(sql`SELECT count(*)::int AS n FROM audit_events WHERE action LIKE 'order.%' OR action LIKE 'purchase_request.%'`)) as unknown as Array<{ n: number }>;
    expect(row!.n).toBeGreaterThan(20);
  });
});

const sellerOf = async (businessId: string): Promise<Viewer> => {
  const [existing] = (await db.execute(sql`SELECT u.email FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.role = 'seller' AND m.business_id = ${businessId} LIMIT 1`)) as unknown as Array<{ email: string }>;
  if (existing) return viewerOf(db, existing.email);
  const email = `penjual.${businessId.slice(0, 8)}@uji.test`;
  const [user] = (await db.execute(sql`INSERT INTO users (email, name) VALUES (${email}, 'Penjual Uji') RETURNING id`)) as unknown as Array<{ id: string }>;
  await db.execute(sql`INSERT INTO memberships (user_id, role, region_id, business_id) VALUES (${user!.id}, 'seller', (SELECT id FROM regions WHERE code = '52'), ${businessId})`);
  return viewerOf(db, email);
};
