import postgres from "postgres";
import { HttpSession } from "../setup/http-session";
import { testPassword, testStack } from "../setup/stack";

// The procurement contract over HTTP against the production build (app database seeded with demo data).

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const app = () => postgres(testStack().appDatabaseUrl!, { max: 1, onnotice: () => undefined });
const JUSTIFICATION = { code: "technical_spec", text: "Uji API: spesifikasi teknis hanya dipenuhi penyedia ini." };

const signedIn = async (email: string) => {
  const session = new HttpSession();
  const result = await session.signIn(email, testPassword());
  expect(result.hasSession).toBe(true);
  return session;
};

// A browser client sends `{}` for a request with nothing to say; an empty JSON body is a 400.
const post = (session: HttpSession, path: string, body?: unknown, headers: Record<string, string> = {}) =>
  session.fetch(path, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: body === undefined ? "{}" : typeof body === "string" ? body : JSON.stringify(body),
  });

const expectError = async (response: Response, status: number, code: string) => {
  expect(response.status).toBe(status);
  const body = (await response.json()) as Json;
  expect(body).toEqual({ error: expect.objectContaining({ code, message: expect.any(String) }) });
  return body.error as Json;
};

let budgetLineId: string;
let umkProductId: string;
let nonUmkProductId: string;
let demoSellerBusinessId: string;
let dispar: string;

beforeAll(async () => {
  const sql = app();
  try {
    const [opd] = await sql`SELECT id FROM opds WHERE short_name = 'Dispar'`;
    dispar = opd!.id;
    const year = Number(new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 4));
    const [line] = await sql`
      INSERT INTO budget_lines (opd_id, fiscal_year, code, name, ceiling_idr)
      VALUES (${dispar}, ${year}, ${`9.9.api.${Date.now()}`}, 'Uji API', 500000000) RETURNING id`;
    budgetLineId = line!.id;
    const [seller] = await sql`SELECT m.business_id FROM memberships m JOIN users u ON u.id = m.user_id WHERE u.email = 'penjual@pasarumk.test' AND m.role = 'seller'`;
    demoSellerBusinessId = seller!.business_id;
    const [umk] = await sql`
      SELECT p.id FROM products p JOIN categories c ON c.id = p.category_id
      WHERE p.business_id = ${demoSellerBusinessId} AND p.status = 'active' AND NOT c.is_food AND p.min_order = 1
      ORDER BY p.price_idr LIMIT 1`;
    umkProductId = umk!.id;
    const [big] = await sql`
      SELECT p.id FROM products p JOIN businesses b ON b.id = p.business_id JOIN categories c ON c.id = p.category_id
      WHERE p.status = 'active' AND b.verification_status = 'verified' AND NOT b.is_umk AND NOT c.is_food AND p.min_order = 1
      ORDER BY p.price_idr LIMIT 1`;
    nonUmkProductId = big!.id;
    await sql`UPDATE products SET stock = stock + 20 WHERE id IN (${umkProductId}, ${nonUmkProductId})`;
  } finally {
    await sql.end();
  }
});

describe("procurement API over HTTP", () => {
  it("answers 401 in the error shape to anonymous callers", async () => {
    const anonymous = new HttpSession();
    await expectError(await anonymous.fetch("/api/v1/me"), 401, "unauthenticated");
    await expectError(await anonymous.fetch("/api/v1/budget-lines"), 401, "unauthenticated");
    await expectError(await post(anonymous, "/api/v1/purchase-requests", { budgetLineId, purpose: "x x x", lines: [{ productId: umkProductId, quantity: 1 }] }), 401, "unauthenticated");
    await expectError(await anonymous.fetch("/api/v1/compliance/summary?fiscalYear=2026"), 401, "unauthenticated");
  });

  it("GET /api/v1/me describes the signed-in user", async () => {
    const buyer = await signedIn("pembeli@pasarumk.test");
    const response = await buyer.fetch("/api/v1/me");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      user: { id: expect.any(String), email: "pembeli@pasarumk.test", name: expect.any(String) },
      roles: ["buyer"],
      memberships: [{ role: "buyer", regionId: expect.any(String), opdId: dispar }],
    });
  });

  it("submits (201 with compliance), refuses a blocked cart (422, compliance in details), then runs the order flow", async () => {
    const buyer = await signedIn("pembeli@pasarumk.test");
    const ppk = await signedIn("ppk@pasarumk.test");
    const seller = await signedIn("penjual@pasarumk.test");

    const lines = await (await buyer.fetch("/api/v1/budget-lines")).json() as Json[];
    expect(lines.find((l) => l.id === budgetLineId)).toMatchObject({ opdId: dispar, ceilingIdr: 500_000_000, committedIdr: 0, realizedIdr: 0, availableIdr: 500_000_000 });

    // Bad input: not JSON → 400; wrong shape → 422 with one detail per field.
    await expectError(await post(buyer, "/api/v1/purchase-requests", "{not json"), 400, "bad_request");
    const invalid = await expectError(await post(buyer, "/api/v1/purchase-requests", { budgetLineId: "x", lines: [] }), 422, "unprocessable");
    expect(Array.isArray(invalid.details)).toBe(true);

    const blocked = await expectError(
      await post(buyer, "/api/v1/purchase-requests", { budgetLineId, purpose: "Uji API blokir", lines: [{ productId: nonUmkProductId, quantity: 1 }] }),
      422,
      "unprocessable",
    );
    expect(blocked.details.compliance).toMatchObject({ verdict: "block", findings: expect.arrayContaining([expect.objectContaining({ rule: "UMK_ONLY", severity: "block" })]) });

    const created = await post(buyer, "/api/v1/purchase-requests", {
      budgetLineId,
      purpose: "Uji API cendera mata",
      lines: [{ productId: umkProductId, quantity: 2 }],
      justification: JUSTIFICATION,
    });
    expect(created.status).toBe(201);
    const request = (await created.json()) as Json;
    expect(request).toMatchObject({ id: expect.any(String), status: "submitted", totalIdr: expect.any(Number), compliance: { verdict: expect.stringMatching(/^(allow|needs_justification)$/), findings: expect.any(Array) } });
    // The same compliance shape as in the 422's details.
    expect(Object.keys(request.compliance).sort()).toEqual(Object.keys(blocked.details.compliance).sort());

    const fetched = await (await buyer.fetch(`/api/v1/purchase-requests/${request.id}`)).json() as Json;
    expect(fetched).toMatchObject({ id: request.id, status: "submitted", policyVersion: 1, compliance: request.compliance });

    // Wrong party → 403; right PPK → 200 with the orders; again → 409.
    await expectError(await post(buyer, `/api/v1/purchase-requests/${request.id}/approve`), 403, "forbidden");
    const approved = await post(ppk, `/api/v1/purchase-requests/${request.id}/approve`);
    expect(approved.status).toBe(200);
    const approval = (await approved.json()) as Json;
    expect(approval).toEqual({ id: request.id, status: "ordered", orders: [{ id: expect.any(String), number: expect.stringMatching(/^SP\/\d{4}\/DISPAR\/\d{6}$/), businessId: demoSellerBusinessId, totalIdr: request.totalIdr }] });
    const again = await expectError(await post(ppk, `/api/v1/purchase-requests/${request.id}/approve`), 409, "conflict");
    expect(again.details).toMatchObject({ reason: "not_submitted" });

    const orderId = approval.orders[0].id as string;
    const order = (await (await seller.fetch(`/api/v1/orders/${orderId}`)).json()) as Json;
    expect(order).toMatchObject({ id: orderId, number: approval.orders[0].number, status: "placed", totalIdr: request.totalIdr, businessId: demoSellerBusinessId, opdId: dispar, bast: null, invoice: null, payments: [], payout: null });
    expect(order.lines).toEqual([expect.objectContaining({ id: expect.any(String), productId: umkProductId, quantity: 2, receivedQuantity: 0, sellerIsUmk: true })]);

    await expectError(await post(buyer, `/api/v1/orders/${orderId}/accept`), 403, "forbidden");
    await expectError(await post(seller, `/api/v1/orders/${orderId}/ship`, {}), 409, "conflict");
    expect((await post(seller, `/api/v1/orders/${orderId}/accept`)).status).toBe(200);
    expect((await post(seller, `/api/v1/orders/${orderId}/ship`, { note: "Kurir" })).status).toBe(200);
    await expectError(await post(buyer, `/api/v1/orders/${orderId}/rate`, { stars: 5 }), 409, "conflict");
    const partial = await post(buyer, `/api/v1/orders/${orderId}/receive`, { lines: [{ orderLineId: order.lines[0].id, quantity: 1 }] });
    expect(partial.status).toBe(201);
    expect(await partial.json()).toMatchObject({ status: "invoiced", complete: false, bast: { number: expect.stringMatching(/^BAST\/\d{4}\/DISPAR\/\d{6}$/) } });
    expect((await post(buyer, `/api/v1/orders/${orderId}/receive`)).status).toBe(201);
    const received = (await (await ppk.fetch(`/api/v1/orders/${orderId}`)).json()) as Json;
    expect(received).toMatchObject({ status: "invoiced", bast: { receivedValueIdr: expect.any(Number) }, invoices: [expect.objectContaining({ status: "open" }), expect.objectContaining({ status: "open" })] });
    expect(received.lines[0].receivedQuantity).toBe(2);
    await expectError(await post(buyer, `/api/v1/orders/${orderId}/rate`, { stars: 9 }), 422, "unprocessable");
    expect((await post(buyer, `/api/v1/orders/${orderId}/rate`, { stars: 5, comment: "Bagus" })).status).toBe(201);
    const mine = (await (await buyer.fetch("/api/v1/purchase-requests")).json()) as Json[];
    expect(mine.map((r) => r.id)).toContain(request.id);
    const incoming = (await (await seller.fetch("/api/v1/orders?status=invoiced")).json()) as Json[];
    expect(incoming.map((o) => o.id)).toContain(orderId);
    await expectError(await seller.fetch("/api/v1/orders?status=nope"), 400, "bad_request");
    const inbox = (await (await ppk.fetch("/api/v1/purchase-requests")).json()) as Json[];
    expect(inbox.every((r) => typeof r.overdue === "boolean" && r.opdId === dispar)).toBe(true);
    const twice = await expectError(await post(buyer, `/api/v1/orders/${orderId}/rate`, { stars: 4 }), 409, "conflict");
    expect(twice.details).toMatchObject({ reason: "already_rated" });
  });

  it("compliance summary: auditor region-wide, approver own OPD, buyer 403; bad query 400", async () => {
    const year = Number(new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 4));
    const auditor = await signedIn("auditor@pasarumk.test");
    const summary = (await (await auditor.fetch(`/api/v1/compliance/summary?fiscalYear=${year}`)).json()) as Json;
    expect(summary.fiscalYear).toBe(year);
    expect(summary.opds.length).toBeGreaterThanOrEqual(8);
    expect(summary.opds[0]).toEqual({
      opdId: expect.any(String), name: expect.any(String), totalIdr: expect.any(Number), umkIdr: expect.any(Number), umkShare: expect.any(Number),
      localIdr: expect.any(Number), localShare: expect.any(Number), exceptions: expect.any(Number), targetShare: 0.4, meetsTarget: expect.any(Boolean),
      targetStatus: expect.stringMatching(/^(met|missed|no_spending)$/),
      eventCount: expect.any(Number), eventTotalIdr: expect.any(Number), eventLocalUmkIdr: expect.any(Number), eventLocalShare: expect.any(Number), overduePayments: expect.any(Number),
    });
    const ppk = await signedIn("ppk@pasarumk.test");
    const own = (await (await ppk.fetch(`/api/v1/compliance/summary?fiscalYear=${year}`)).json()) as Json;
    expect(own.opds.map((o: Json) => o.opdId)).toEqual([dispar]);
    const buyer = await signedIn("pembeli@pasarumk.test");
    await expectError(await buyer.fetch(`/api/v1/compliance/summary?fiscalYear=${year}`), 403, "forbidden");
    await expectError(await auditor.fetch("/api/v1/compliance/summary?fiscalYear=abc"), 400, "bad_request");
  });

  it("policies: anyone of the region reads the active one; only an admin saves a version", async () => {
    const buyer = await signedIn("pembeli@pasarumk.test");
    const active = (await (await buyer.fetch("/api/v1/policies")).json()) as Json;
    expect(active).toMatchObject({ version: expect.any(Number), rules: { umkShareTarget: { targetShare: expect.any(Number) } } });
    await expectError(await post(buyer, "/api/v1/policies", { rules: active.rules, note: "Bukan admin" }), 403, "forbidden");
    const admin = await signedIn("admin@pasarumk.test");
    await expectError(await post(admin, "/api/v1/policies", { rules: { nope: true }, note: "Salah" }), 422, "unprocessable");
  });
});
