import { sql } from "drizzle-orm";
import { db } from "@/db/client";
import { seedDemoData } from "@/db/seed";
import { partyReferenceProblems } from "@/lib/domain/ocds/party-references";
import type { OcdsRelease, OcdsReleasePackage } from "@/lib/domain/ocds/release-types";
import type { Viewer } from "@/lib/domain/auth/roles";
import { witaYear } from "@/lib/domain/time/wita";
import { getRecordPackage, getReleasePackage as getPackage } from "@/lib/services/ocds/export-ocds";
import { emptyValuePaths } from "@/lib/domain/ocds/empty-values";
import { acceptOrder } from "@/lib/services/procurement/accept-order";
import { approvePurchaseRequest } from "@/lib/services/procurement/approve-purchase-request";
import { declineOrder } from "@/lib/services/procurement/decline-order";
import { rateOrder } from "@/lib/services/procurement/rate-order";
import { receiveOrder } from "@/lib/services/procurement/receive-order";
import { shipOrder } from "@/lib/services/procurement/ship-order";
import { submitPurchaseRequest } from "@/lib/services/procurement/submit-purchase-request";
import { recordPackageErrors, releaseErrors, releasePackageErrors } from "../fixtures/ocds/validate";
import { expectAppError, JUSTIFICATION, newBudgetLine, opdIdOf, setStock, umkProducts, viewerOf } from "./procurement-helpers";

// The service's package on a real database: a request driven through the procurement services (one seller
// delivers in two BASTs and is paid by SP2D, the other declines) must come out schema-valid and faithful.

type Row = Record<string, unknown>;
const rows = async <T = Row>(query: ReturnType<typeof sql>) => (await db.execute(query)) as unknown as T[];

const year = witaYear(new Date());
const URI = `http://localhost/api/v1/ocds/release-package?fiscalYear=${year}`;
const RECORDS_URI = `http://localhost/api/v1/ocds/record-package?fiscalYear=${year}`;
const input = (fiscalYear: number) => ({ fiscalYear, uri: URI, releasePackageUri: URI, baseUrl: "http://localhost", pageSize: 7 });
// A small page size, so the seeded year spans several pages of the keyset read.
const getReleasePackage = (q: { fiscalYear: number; uri: string }) => getPackage(input(q.fiscalYear));

let buyer: Viewer;
let approver: Viewer;
let dispar: string;

const sellerOf = async (businessId: string): Promise<Viewer> => {
  const [existing] = await rows<{ email: string }>(sql`SELECT u.email FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.role = 'seller' AND m.business_id = ${businessId} LIMIT 1`);
  if (existing) return viewerOf(db, existing.email);
  const email = `penjual.ocds.${businessId.slice(0, 8)}@uji.test`;
  const [user] = await rows<{ id: string }>(sql`INSERT INTO users (email, name) VALUES (${email}, 'Penjual Uji OCDS') RETURNING id`);
  await db.execute(sql`INSERT INTO memberships (user_id, role, region_id, business_id) VALUES (${user!.id}, 'seller', (SELECT id FROM regions WHERE code = '52'), ${businessId})`);
  return viewerOf(db, email);
};

const expectValid = (releasePackage: OcdsReleasePackage) => {
  expect(releasePackageErrors(releasePackage)).toEqual([]);
  expect(emptyValuePaths(releasePackage)).toEqual([]);
  for (const release of releasePackage.releases) {
    expect(releaseErrors(release)).toEqual([]);
    expect(partyReferenceProblems(release)).toEqual([]);
  }
};

/** The latest release of the request's process: its current state. */
const releaseOf = (releasePackage: OcdsReleasePackage, requestNumber: string): OcdsRelease => {
  const release = releasePackage.releases.filter((r) => r.tender.id === requestNumber).at(-1);
  expect(release).toBeDefined();
  return release!;
};

let requestNumber: string;
let delivered: { orderId: string; number: string; businessId: string; totalIdr: number };
let declined: { number: string; businessId: string };
let bastNumbers: string[];

beforeAll(async () => {
  await seedDemoData(db, { now: new Date() });
  buyer = await viewerOf(db, "pembeli@pasarumk.test");
  approver = await viewerOf(db, "ppk@pasarumk.test");
  dispar = await opdIdOf(db, "Dispar");

  const products = await umkProducts(db, 20);
  const first = products[2]!;
  const second = products.find((p) => p.businessId !== first.businessId)!;
  for (const p of [first, second]) await setStock(db, p.id, 50);
  const line = await newBudgetLine(db, dispar, 500_000_000);
  const request = await submitPurchaseRequest(buyer, {
    budgetLineId: line.id,
    purpose: "Cendera mata tamu (uji data terbuka)",
    lines: [{ productId: first.id, quantity: 4 }, { productId: second.id, quantity: 1 }],
    justification: JUSTIFICATION,
  });
  requestNumber = request.number;
  const { orders } = await approvePurchaseRequest(approver, request.id);
  const firstOrder = orders.find((o) => o.businessId === first.businessId)!;
  const secondOrder = orders.find((o) => o.businessId === second.businessId)!;
  delivered = { orderId: firstOrder.id, number: firstOrder.number, businessId: first.businessId, totalIdr: firstOrder.totalIdr };
  declined = { number: secondOrder.number, businessId: second.businessId };

  const seller = await sellerOf(first.businessId);
  await acceptOrder(seller, firstOrder.id);
  await shipOrder(seller, firstOrder.id, { note: "Kurir toko" });
  const [orderLine] = await rows<{ id: string }>(sql`SELECT id FROM order_lines WHERE order_id = ${firstOrder.id}`);
  const partial = await receiveOrder(buyer, firstOrder.id, { lines: [{ orderLineId: orderLine!.id, quantity: 3 }] });
  const rest = await receiveOrder(buyer, firstOrder.id);
  bastNumbers = [partial.bast.number, rest.bast.number];
  await declineOrder(await sellerOf(second.businessId), secondOrder.id, { reason: "Bahan baku sedang habis" });
}, 120_000);

describe("the fiscal year's release package", () => {
  it("is schema-valid, and maps request, orders and BASTs faithfully", async () => {
    const releasePackage = await getReleasePackage({ fiscalYear: year, uri: URI });
    expectValid(releasePackage);
    expect(releasePackage.uri).toBe(URI);
    // The seeded history of the year is published too, one release per request with orders.
    const [{ n }] = (await rows<{ n: number }>(sql`
      SELECT count(DISTINCT request_id)::int AS n FROM orders
      WHERE placed_at >= ${`${year}-01-01T00:00:00+08:00`}::timestamptz AND placed_at < ${`${year + 1}-01-01T00:00:00+08:00`}::timestamptz`)) as [{ n: number }];
    expect(new Set(releasePackage.releases.map((r) => r.ocid)).size).toBe(n);
    expect(new Set(releasePackage.releases.map((r) => r.id)).size).toBe(releasePackage.releases.length);

    const release = releaseOf(releasePackage, requestNumber);
    expect(release.ocid).toBe(`ocds-pumk01-${requestNumber}`);
    expect(release.tender).toMatchObject({ procurementMethod: "direct", status: "complete", competitive: false, techniques: { hasFrameworkAgreement: true } });
    expect(releasePackage.releases.filter((r) => r.tender.id === requestNumber).map((r) => r.tag)).toEqual([
      ["tender"], ["award", "contract"], ["contractUpdate"], ["implementation"], ["implementation"], ["implementation"], ["awardUpdate", "contractUpdate"],
    ]);
    expect(release.tender.procurementMethodRationale).toBeDefined();
    const [opd] = await rows<{ code: string; name: string }>(sql`SELECT code, name FROM opds WHERE id = ${dispar}`);
    expect(release.buyer).toEqual({ id: `opd-${opd!.code}`, name: opd!.name });
    expect(release.tender.procuringEntity).toEqual(release.buyer);
    const contract = release.contracts!.find((c) => c.id === delivered.number)!;
    expect(contract).toMatchObject({ title: `Surat Pesanan ${delivered.number}`, status: "active", value: { amount: delivered.totalIdr, currency: "IDR" } });
    expect(contract.implementation!.milestones!.map((m) => [m.id, m.type, m.status])).toEqual(bastNumbers.map((b) => [b, "delivery", "met"]));
    expect(contract.implementation!.transactions).toBeUndefined();
    // Two BASTs, two invoices; the Surat Pesanan; acceptance, shipment and delivery met; payment due.
    expect(contract.implementation!.documents!.map((d) => d.documentType)).toEqual(["financialProgressReport", "financialProgressReport"]);
    expect(contract.documents[0]).toMatchObject({ documentType: "contractSigned", url: `http://localhost/pesanan/${delivered.orderId}/surat-pesanan` });
    expect(contract.milestones.map((m) => [m.id.split("/").pop(), m.status])).toEqual([
      ["penerimaan", "met"], ["pengiriman", "met"], ["serah-terima", "met"], ["pembayaran", "scheduled"],
    ]);
    expect(release.tender.milestones!.map((m) => m.status)).toEqual(["met", "met"]);
    const refused = release.contracts!.find((c) => c.id === declined.number)!;
    expect(refused.status).toBe("cancelled");
    expect(release.awards!.find((a) => a.id === refused.awardID)!.status).toBe("unsuccessful");
  });

  it("takes each seller's NIB, name and scale from the request-line snapshot, not the live business", async () => {
    const snapshots = await rows<{ business_id: string; seller_nib: string; seller_name: string; seller_scale: string }>(sql`
      SELECT DISTINCT rl.business_id, rl.seller_nib, rl.seller_name, rl.seller_scale::text
      FROM request_lines rl JOIN purchase_requests pr ON pr.id = rl.request_id WHERE pr.number = ${requestNumber}`);
    // The business grows after the sale: the export must keep the scale the buyer bought from.
    await db.execute(sql`UPDATE businesses SET scale = 'besar' WHERE id = ${delivered.businessId}`);
    const release = releaseOf(await getReleasePackage({ fiscalYear: year, uri: URI }), requestNumber);
    const expected = { mikro: "micro", kecil: "small", menengah: "medium", besar: "large" } as Record<string, string>;
    for (const s of snapshots) {
      const party = release.parties.find((p) => p.identifier.id === s.seller_nib)!;
      expect(party).toMatchObject({ name: s.seller_name, identifier: { scheme: "ID-NIB" }, details: { scale: expected[s.seller_scale] } });
      expect(party.address).toMatchObject({ locality: expect.any(String), region: expect.any(String) });
      expect(party.roles).toEqual(["supplier"]);
    }
    expect(snapshots.map((s) => s.seller_scale).every((s) => s === "mikro" || s === "kecil")).toBe(true);
  });

  it("keeps the release id when only unpublished data changes (a rating)", async () => {
    const before = releaseOf(await getReleasePackage({ fiscalYear: year, uri: URI }), requestNumber);
    await rateOrder(buyer, delivered.orderId, { stars: 5, comment: "Rapi dan tepat waktu" }, new Date(Date.now() + 1_000));
    const after = releaseOf(await getReleasePackage({ fiscalYear: year, uri: URI }), requestNumber);
    expect(after.id).toBe(before.id);
  });

  it("publishes a succeeded payment as an OPD → seller transaction, under a new release id", async () => {
    const before = releaseOf(await getReleasePackage({ fiscalYear: year, uri: URI }), requestNumber);
    const paidAt = new Date(Date.now() + 1_000);
    const [payment] = await rows<{ id: string }>(sql`
      INSERT INTO payments (order_id, method, status, amount_idr, reference, paid_at)
      VALUES (${delivered.orderId}, 'sp2d', 'succeeded', ${delivered.totalIdr}, ${`SP2D-OCDS-${Date.now()}`}, ${paidAt.toISOString()}::timestamptz)
      RETURNING id`);
    // A card payment still open at Stripe moved no money: it must not appear.
    await db.execute(sql`INSERT INTO payments (order_id, method, status, amount_idr) VALUES (${delivered.orderId}, 'kkpd_card', 'pending', ${delivered.totalIdr})`);

    const releasePackage = await getReleasePackage({ fiscalYear: year, uri: URI });
    expectValid(releasePackage);
    const after = releaseOf(releasePackage, requestNumber);
    expect(after.ocid).toBe(before.ocid);
    expect(after.id).not.toBe(before.id);
    const contract = after.contracts!.find((c) => c.id === delivered.number)!;
    expect(contract.implementation!.transactions).toEqual([
      {
        id: payment!.id,
        date: paidAt.toISOString(),
        value: { amount: delivered.totalIdr, currency: "IDR" },
        payer: after.buyer,
        payee: contract.implementation!.transactions![0]!.payee,
      },
    ]);
    const payee = after.parties.find((p) => p.id === contract.implementation!.transactions![0]!.payee.id)!;
    expect(payee.roles).toContain("payee");
    expect(after.awards!.find((a) => a.id === contract.awardID)!.suppliers[0]!.id).toBe(payee.id);
    expect(after.parties.find((p) => p.id === after.buyer.id)!.roles).toEqual(["buyer", "procuringEntity", "payer"]);
  });

  it("publishes a refunded card payment as the payment plus the refund flowing back from the seller", async () => {
    const paidAt = new Date(Date.now() + 2_000);
    const refundedAt = new Date(Date.now() + 3_000);
    const [payment] = await rows<{ id: string }>(sql`
      INSERT INTO payments (order_id, method, status, amount_idr, paid_at, refunded_amount_idr, refunded_at, stripe_checkout_session_id)
      VALUES (${delivered.orderId}, 'kkpd_card', 'refunded', 150000, ${paidAt.toISOString()}::timestamptz, 50000, ${refundedAt.toISOString()}::timestamptz, ${`cs_test_ocds_${Date.now()}`})
      RETURNING id`);
    const releasePackage = await getReleasePackage({ fiscalYear: year, uri: URI });
    expectValid(releasePackage);
    const release = releaseOf(releasePackage, requestNumber);
    const transactions = release.contracts!.find((c) => c.id === delivered.number)!.implementation!.transactions!;
    const seller = `nib-${(await rows<{ nib: string }>(sql`SELECT nib FROM businesses WHERE id = ${delivered.businessId}`))[0]!.nib}`;
    expect(transactions.filter((t) => t.id.startsWith(payment!.id)).map((t) => [t.id, t.value.amount, t.payer.id, t.payee.id, t.date])).toEqual([
      [payment!.id, 150000, release.buyer.id, seller, paidAt.toISOString()],
      [`${payment!.id}-refund`, 50000, seller, release.buyer.id, refundedAt.toISOString()],
    ]);
    expect(release.date).toBe(refundedAt.toISOString());
  });

  it("answers 404 for a year without orders, and keeps each request in the year its orders were placed", async () => {
    await expectAppError(getReleasePackage({ fiscalYear: 2001, uri: URI }), "not_found");
    const nextYear = await getReleasePackage({ fiscalYear: year + 1, uri: URI }).catch(() => null);
    expect(nextYear?.releases.some((r) => r.tender.id === requestNumber) ?? false).toBe(false);
  });
});

describe("the fiscal year's record package", () => {
  it("holds one schema-valid record per process: releases linked into the release package, the compiled release its last state", async () => {
    const releasePackage = await getReleasePackage({ fiscalYear: year, uri: URI });
    const recordPackage = await getRecordPackage({ ...input(year), uri: RECORDS_URI });
    expect(recordPackageErrors(recordPackage)).toEqual([]);
    expect(emptyValuePaths(recordPackage)).toEqual([]);
    expect(recordPackage).toMatchObject({ uri: RECORDS_URI, packages: [URI], license: expect.stringMatching(/^https:\/\//), publicationPolicy: "http://localhost/transparansi#data-terbuka" });
    const ocids = [...new Set(releasePackage.releases.map((r) => r.ocid))];
    expect(recordPackage.records.map((r) => r.ocid).sort()).toEqual(ocids.sort());
    const record = recordPackage.records.find((r) => r.compiledRelease.tender.id === requestNumber)!;
    const releases = releasePackage.releases.filter((r) => r.ocid === record.ocid);
    expect(record.releases.map((l) => l.url)).toEqual(releases.map((r) => `${URI}#${encodeURIComponent(r.id)}`));
    const { tag, ...compiled } = record.compiledRelease;
    const { tag: _lastTag, ...last } = releases.at(-1)!;
    expect(tag).toEqual(["compiled"]);
    expect(compiled).toEqual(last);
  });
});
