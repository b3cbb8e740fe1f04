import { z } from "zod";
import { JUSTIFICATION_CODES } from "@/lib/domain/compliance/policy";
import { TARGET_STATUSES } from "@/lib/domain/procurement/shares";
import { invoiceViewSchema, paymentViewSchema, payoutViewSchema } from "./payments";
import { calendarDay, idr, instant, localized } from "./primitives";

// What the procurement services return and the API documents: each shape written once, its type inferred.
// Instants are `Date`s here (Response.json writes ISO strings); the OpenAPI registry documents them as date-time.

export const ruleCodeSchema = z.enum([
  "UMK_ONLY", "LOCAL_SELLER", "VALUE_BAND", "SPLIT_PACKAGE", "SELLER_ROTATION", "BUDGET_AVAILABLE", "CARD_LIMIT", "FOOD_PERMIT", "EVENT_LOCAL_CONSUMPTION", "UMK_SHARE_TARGET",
]);
export const sellerScaleSchema = z.enum(["mikro", "kecil", "menengah", "besar"]);
export const purchaseRequestStatusSchema = z.enum(["draft", "submitted", "approved", "rejected", "returned", "ordered", "cancelled"]);
export const orderStatusSchema = z.enum(["placed", "accepted", "declined", "shipped", "received", "invoiced", "paid", "closed", "cancelled"]);

/** The public shape of a compliance decision: what buyer, approver and auditor all see. */
export const complianceViewSchema = z.object({
  verdict: z.enum(["allow", "needs_justification", "block"]),
  findings: z.array(
    z.object({
      rule: ruleCodeSchema,
      severity: z.enum(["block", "justify", "warning"]),
      params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
      message: localized.describe("What is wrong and what to do, in Bahasa Indonesia and English."),
    }),
  ),
  policyVersion: z.number().int().optional(),
});
export type ComplianceView = z.infer<typeof complianceViewSchema>;

const requestSellerSchema = z.object({
  businessId: z.uuid(), nib: z.string(), name: z.string(), scale: sellerScaleSchema, isUmk: z.boolean(),
  kabupaten: z.string(), verifiedAt: instant.nullable(),
});

export const purchaseRequestViewSchema = z.object({
  id: z.uuid(), number: z.string(), status: purchaseRequestStatusSchema,
  opdId: z.uuid(), opdName: z.string(), budgetLineId: z.uuid(), buyerId: z.uuid(), purpose: z.string(), neededBy: calendarDay.nullable(),
  eventId: z.uuid().nullable(), totalIdr: idr, justification: z.object({ code: z.enum(JUSTIFICATION_CODES), text: z.string() }).nullable(),
  compliance: complianceViewSchema.nullable(), policyId: z.uuid().nullable(), policyVersion: z.number().int().nullable(),
  submittedAt: instant.nullable(), decidedAt: instant.nullable(), decidedBy: z.uuid().nullable(), decisionNote: z.string().nullable(),
  overdue: z.boolean().describe("Submitted and left more than 3 working days (WITA, holidays skipped)."), dueDate: calendarDay.nullable(),
  lines: z.array(z.object({
    id: z.uuid(), productId: z.uuid(), title: z.string(), categorySlug: z.string(), quantity: z.number().int(), unitPriceIdr: idr, lineTotalIdr: idr,
    isLocal: z.boolean(), seller: requestSellerSchema.describe("The seller as it stood at submission."),
  })),
  orders: z.array(z.object({ id: z.uuid(), number: z.string(), businessId: z.uuid(), status: orderStatusSchema, totalIdr: idr })),
  actions: z.object({
    approve: z.boolean(), reject: z.boolean(), return: z.boolean().describe("The PPK's decisions: never on their own request."),
    resubmit: z.boolean(), revise: z.boolean().describe("The buyer who wrote a draft or returned request."),
    ownRequestNotice: z.boolean().describe("A PPK reading their own submitted request: someone else must decide it."),
  }).describe("What the caller may do next with this request."),
});
export type PurchaseRequestView = z.infer<typeof purchaseRequestViewSchema>;

/** A BAST as receiving returns it. */
export const bastViewSchema = z.object({
  id: z.uuid(), number: z.string().describe("e.g. BAST/2026/DISPAR/000045"), signedBy: z.uuid(), signedAt: instant, receivedValueIdr: idr,
  lines: z.array(z.object({ orderLineId: z.uuid(), quantity: z.number().int() })),
});
export type BastView = z.infer<typeof bastViewSchema>;

/** A BAST as the order view lists it: with the buyer's note and the name of who signed it. */
const orderBastSchema = bastViewSchema.extend({ note: z.string().nullable(), signerName: z.string() });

/** What signing a BAST returns: the order's new status and the invoice issued for what was received. */
export const orderReceiptViewSchema = z.object({
  id: z.uuid(), number: z.string(), status: orderStatusSchema,
  complete: z.boolean().describe("Nothing outstanding after this BAST."), bast: bastViewSchema,
  invoice: z.object({ id: z.uuid(), number: z.string(), amountIdr: idr }).describe("The invoice issued for this BAST: the payment clock starts."),
});
export type OrderReceiptView = z.infer<typeof orderReceiptViewSchema>;

export const orderLineViewSchema = z.object({
  id: z.uuid(), productId: z.uuid(), title: z.string(), categorySlug: z.string(), quantity: z.number().int(), unitPriceIdr: idr, lineTotalIdr: idr,
  receivedQuantity: z.number().int(), sellerIsUmk: z.boolean(), isLocal: z.boolean(),
  closedQuantity: z.number().int().describe("Cancelled by closing the rest."), outstandingQuantity: z.number().int().describe("What another BAST may still receive."),
});
export type OrderLineView = z.infer<typeof orderLineViewSchema>;

export const orderViewSchema = z.object({
  id: z.uuid(), number: z.string(), status: orderStatusSchema,
  totalIdr: idr, businessId: z.uuid(), businessName: z.string().nullable(), opdId: z.uuid(), opdName: z.string(), requestId: z.uuid(),
  seller: z.object({ nib: z.string(), name: z.string(), kabupaten: z.string(), scale: sellerScaleSchema, isUmk: z.boolean() })
    .nullable().describe("The seller as it stood when the request was submitted (the snapshot the Surat Pesanan names)."),
  requestNumber: z.string().nullable(), budgetLineId: z.uuid(),
  lines: z.array(orderLineViewSchema),
  timeline: z.object({
    placedAt: instant, acceptedAt: instant.nullable(), declinedAt: instant.nullable(), declineReason: z.string().nullable(),
    shippedAt: instant.nullable(), shipNote: z.string().nullable(), receivedAt: instant.nullable(),
    cancelledAt: instant.nullable(), cancelReason: z.string().nullable(),
    cancelled: z.object({ at: instant, reason: z.string().nullable() }).nullable().describe("Set once the order was cancelled."),
  }),
  bast: orderBastSchema.nullable().describe("The latest BAST."), basts: z.array(orderBastSchema).describe("Every BAST, when receipt was partial."),
  rating: z.object({ stars: z.number().int(), comment: z.string().nullable(), ratedBy: z.uuid(), createdAt: instant }).nullable(),
  invoice: invoiceViewSchema.nullable().describe("The latest invoice."), invoices: z.array(invoiceViewSchema).describe("One per BAST."),
  payments: z.array(paymentViewSchema), payout: payoutViewSchema.nullable(),
  outstandingIdr: idr.describe("Invoiced and not yet paid."),
  remainderClosed: z.boolean().describe("What a partial BAST left undelivered was cancelled (close the rest)."),
  undeliveredIdr: idr.describe("Ordered value no BAST has received."),
  actions: z.object({
    accept: z.boolean(), decline: z.boolean(), ship: z.boolean(), receive: z.boolean(), rate: z.boolean(), cancel: z.boolean(),
    closeRemaining: z.boolean().describe("After a partial BAST: cancel what was not delivered."),
  }).describe("What the caller may do next with this order."),
});
export type OrderView = z.infer<typeof orderViewSchema>;

export const complianceSummaryViewSchema = z.object({
  fiscalYear: z.number().int(),
  opds: z.array(z.object({
    opdId: z.uuid(), name: z.string(), totalIdr: idr, umkIdr: idr, umkShare: z.number(), localIdr: idr, localShare: z.number(),
    exceptions: z.number().int().describe("Requests with a justification behind the counted orders."), targetShare: z.number(), meetsTarget: z.boolean(),
    targetStatus: z.enum(TARGET_STATUSES).describe("met / missed against targetShare, or no_spending when the OPD bought nothing in the year (neither met nor missed)."),
    eventCount: z.number().int().describe("The OPD's events (kegiatan) of the fiscal year."),
    eventTotalIdr: idr.describe("What those events used: live items, amendments applied, voided items excluded."),
    eventLocalUmkIdr: idr.describe("The part from local UMK (platform snapshots or declarations)."),
    eventLocalShare: z.number().describe("eventLocalUmkIdr / eventTotalIdr; 0 when nothing recorded."),
    overduePayments: z.number().int().describe("Received orders of the fiscal year still unpaid beyond the policy's payment limit (default 7 days after BAST)."),
  })),
});
export type ComplianceSummaryView = z.infer<typeof complianceSummaryViewSchema>;
