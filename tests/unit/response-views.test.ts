import { buildOpenApiDocument } from "@/lib/api/openapi";
import { DEFAULT_NTB_POLICY } from "@/lib/domain/compliance/policy";
import { complianceOf, itemView, type StoredEventItem, type StoredEvidence } from "@/lib/domain/events/event-views";
import { remainingToReceiveIdr } from "@/lib/domain/payments/amounts";
import { orderActions } from "@/lib/domain/procurement/order-actions";
import { outstandingQuantity } from "@/lib/domain/procurement/order-progress";
import { eventComplianceViewSchema, eventItemViewSchema } from "@/lib/validation/views/events";
import { orderPaymentsViewSchema, type OrderPaymentsView } from "@/lib/validation/views/payments";
import { orderViewSchema, type OrderView } from "@/lib/validation/views/procurement";
import { viewerWith } from "./helpers/viewers";

// The response schemas are both the services' types and the OpenAPI document: objects built the way the services
// build them parse, and the document says what Response.json makes of a Date.

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
const ORDER = id(1), BUSINESS = id(2), OPD = id(3), REQUEST = id(4), BUDGET = id(5), LINE = id(6), PRODUCT = id(7), BAST = id(8), SIGNER = id(9);
const EVENT = id(10), ITEM = id(11), EVIDENCE = id(12);
const placedAt = new Date("2026-03-02T01:00:00Z");
const signedAt = new Date("2026-03-05T03:30:00Z");

/** An order of 10 units at Rp 15.000 with a partial BAST of 4, built like getOrder builds it. */
const partlyReceivedOrder = (): OrderView => {
  const line = { quantity: 10, receivedQuantity: 4, closedQuantity: 0 };
  const lines = [{
    id: LINE, productId: PRODUCT, title: "Tenun ikat", categorySlug: "kerajinan", quantity: 10, unitPriceIdr: 15_000, lineTotalIdr: 150_000,
    receivedQuantity: 4, closedQuantity: 0, outstandingQuantity: outstandingQuantity(line), sellerIsUmk: true, isLocal: true,
  }];
  const bast = { id: BAST, number: "BAST/2026/DISPAR/000001", signedBy: SIGNER, signerName: "Baiq Nurul", signedAt, receivedValueIdr: 60_000, note: null, lines: [{ orderLineId: LINE, quantity: 4 }] };
  const invoice = { id: id(20), number: "INV/2026/DISPAR/000001", amountIdr: 60_000, status: "open" as const, issuedAt: signedAt.toISOString(), paidAt: null, receiptId: BAST, bastNumber: bast.number };
  const buyer = viewerWith(SIGNER, { role: "buyer", opdId: OPD });
  return {
    id: ORDER, number: "SP/2026/DISPAR/000001", status: "invoiced", totalIdr: 150_000, businessId: BUSINESS, businessName: "Tenun Sukarara",
    seller: { nib: "1234567890123", name: "Tenun Sukarara", kabupaten: "Lombok Tengah", scale: "mikro", isUmk: true },
    opdId: OPD, opdName: "Dinas Pariwisata", requestId: REQUEST, requestNumber: "PP/2026/DISPAR/000001", budgetLineId: BUDGET, lines,
    timeline: {
      placedAt, acceptedAt: placedAt, declinedAt: null, declineReason: null, shippedAt: placedAt, shipNote: null, receivedAt: signedAt,
      cancelledAt: null, cancelReason: null, cancelled: null,
    },
    bast, basts: [bast], rating: null, invoice, invoices: [invoice], payments: [], payout: null, outstandingIdr: 60_000, remainderClosed: false,
    undeliveredIdr: remainingToReceiveIdr(150_000, [60_000]),
    actions: orderActions(buyer, { status: "invoiced", opdId: OPD, businessId: BUSINESS, totalIdr: 150_000, lines, receivedValuesIdr: [60_000], isRated: false }),
  };
};

describe("response views", () => {
  it("an order built like getOrder parses with the schema the document uses, Dates included", () => {
    const view = partlyReceivedOrder();
    const parsed = orderViewSchema.parse(view);
    expect(parsed.timeline.placedAt).toEqual(placedAt);
    expect(parsed.lines[0]!.outstandingQuantity).toBe(6);
    expect(parsed.undeliveredIdr).toBe(90_000);
    expect(parsed.actions).toMatchObject({ receive: true, closeRemaining: true, accept: false });
  });

  it("an order view missing a documented field is refused", () => {
    const { undeliveredIdr: _dropped, ...incomplete } = partlyReceivedOrder();
    expect(orderViewSchema.safeParse(incomplete).success).toBe(false);
  });

  it("an order's money view with ISO-string times parses", () => {
    const money: OrderPaymentsView = {
      invoices: [], payments: [], payout: null, outstandingIdr: 0, clocks: { bastToPaidDays: null, paidToDisbursedDays: null },
      milestones: { invoicedAt: signedAt.toISOString(), paidAt: null, viaPlatform: false },
      card: { state: "none", payment: null }, actions: { payByTransfer: true, payByCard: false, transferNeedsPayoutAccount: false },
    };
    expect(orderPaymentsViewSchema.parse(money)).toEqual(money);
  });

  it("an event item and its compliance, from the domain's own builders, parse", () => {
    const row: StoredEventItem = {
      id: ITEM, eventId: EVENT, category: "konsumsi", description: "Nasi kotak", amountIdr: 500_000, source: "declared", businessId: null,
      supplierName: "Warung Inaq", supplierNib: null, supplierKabupaten: "Lombok Barat", isUmk: true, isLocal: false,
      purchaseRequestId: null, addedByAmendmentId: null, voidedByAmendmentId: null, createdAt: placedAt,
    };
    const evidence: StoredEvidence = { id: EVIDENCE, itemId: ITEM, contentType: "image/jpeg", sizeBytes: 1234, originalName: "nota.jpg", uploadedAt: signedAt, thumbnailKey: null };
    expect(eventItemViewSchema.parse(itemView(row, [evidence])).evidence[0]!.uploadedAt).toBe(signedAt.toISOString());
    const compliance = eventComplianceViewSchema.parse(complianceOf([row], DEFAULT_NTB_POLICY));
    expect(compliance.findings.map((f) => f.rule)).toEqual(["EVENT_LOCAL_CONSUMPTION"]);
  });

  it("the document describes a Date field as a date-time string, which is what Response.json sends", () => {
    type Schema = { type?: string; format?: string; properties?: Record<string, Schema>; anyOf?: Schema[] };
    const schemas = (buildOpenApiDocument() as { components: { schemas: Record<string, Schema> } }).components.schemas;
    const timeline = schemas.Order!.properties!.timeline!.properties!;
    expect(timeline.placedAt).toMatchObject({ type: "string", format: "date-time" });
    expect(timeline.acceptedAt!.anyOf).toEqual(expect.arrayContaining([expect.objectContaining({ type: "string", format: "date-time" })]));
    expect(schemas.PurchaseRequest!.properties!.submittedAt!.anyOf).toEqual(expect.arrayContaining([expect.objectContaining({ format: "date-time" })]));
    expect(JSON.parse(JSON.stringify({ placedAt })).placedAt).toBe("2026-03-02T01:00:00.000Z");
  });
});
