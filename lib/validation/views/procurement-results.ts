import { z } from "zod";
import { ROLES } from "@/lib/domain/auth/roles";
import { compliancePolicySchema } from "@/lib/domain/compliance/policy";
import { calendarDay, idr, instant } from "./primitives";
import { complianceViewSchema, orderStatusSchema, purchaseRequestStatusSchema, ruleCodeSchema } from "./procurement";

// The procurement API's lists and write results, each written once: the services declare these types and the
// OpenAPI document is built from the same schemas. Instants are `Date`s, documented as date-time strings.

export const budgetLineViewSchema = z.object({
  id: z.uuid(), opdId: z.uuid(), code: z.string(), name: z.string(), fiscalYear: z.number().int(),
  ceilingIdr: idr, committedIdr: idr, realizedIdr: idr, availableIdr: idr.describe("ceiling − committed − realized."),
});
export type BudgetLineView = z.infer<typeof budgetLineViewSchema>;

export const submittedPurchaseRequestSchema = z.object({
  id: z.uuid(), number: z.string().describe("e.g. PP/2026/DISPAR/000012"), status: z.enum(["submitted", "draft"]), totalIdr: idr, compliance: complianceViewSchema,
});
export type SubmittedPurchaseRequest = z.infer<typeof submittedPurchaseRequestSchema>;

export const approverInboxItemSchema = z.object({
  id: z.uuid(), number: z.string(), opdId: z.uuid(), buyerId: z.uuid(), purpose: z.string(), totalIdr: idr, neededBy: calendarDay.nullable(),
  submittedAt: instant.nullable(), verdict: complianceViewSchema.shape.verdict.nullable(), findingRules: z.array(ruleCodeSchema), hasJustification: z.boolean(),
  policyVersion: z.number().int().nullable(), dueDate: calendarDay.nullable(), overdue: z.boolean(), canApprove: z.boolean().describe("False for the PPK's own requests."),
});
export type ApproverInboxItem = z.infer<typeof approverInboxItemSchema>;

export const myPurchaseRequestSchema = z.object({
  id: z.uuid(), number: z.string(), opdId: z.uuid(), status: purchaseRequestStatusSchema, purpose: z.string(), totalIdr: idr, submittedAt: instant.nullable(), createdAt: instant,
});
export type MyPurchaseRequest = z.infer<typeof myPurchaseRequestSchema>;

export const purchaseRequestDecisionSchema = z.object({
  id: z.uuid(), status: z.enum(["ordered", "rejected", "returned"]),
  orders: z.array(z.object({ id: z.uuid(), number: z.string().describe("Surat Pesanan number, e.g. SP/2026/DISPAR/000123"), businessId: z.uuid(), totalIdr: idr })).optional(),
});
export type PurchaseRequestDecision = z.infer<typeof purchaseRequestDecisionSchema>;

export const orderListItemSchema = z.object({
  id: z.uuid(), number: z.string(), status: orderStatusSchema, totalIdr: idr, businessId: z.uuid(), businessName: z.string(), opdId: z.uuid(),
  opdName: z.string(), requestId: z.uuid(), placedAt: instant, receivedAt: instant.nullable(),
});
export type OrderListItem = z.infer<typeof orderListItemSchema>;

export const orderTransitionSchema = z.object({ id: z.uuid(), number: z.string(), status: orderStatusSchema });
export type OrderTransition = z.infer<typeof orderTransitionSchema>;

export const orderRatingSchema = z.object({
  orderId: z.uuid(), stars: z.number().int(), comment: z.string().nullable(),
  business: z.object({ id: z.uuid(), ratingAvg: z.number().nullable(), ratingCount: z.number().int() }),
});
export type OrderRating = z.infer<typeof orderRatingSchema>;

export const meViewSchema = z.object({
  user: z.object({ id: z.uuid(), email: z.string(), name: z.string() }),
  roles: z.array(z.enum(ROLES)),
  memberships: z.array(z.object({ role: z.enum(ROLES), regionId: z.uuid(), opdId: z.uuid().optional(), businessId: z.uuid().optional() })),
});
export type MeView = z.infer<typeof meViewSchema>;

/** The rules as the policy engine parses them (lib/domain/compliance/policy.ts). */
const policyRulesSchema = compliancePolicySchema.shape.rules;

export const policyViewSchema = z.object({
  id: z.uuid().nullable().describe("Null when the region has no stored version and the built-in NTB default applies."),
  regionId: z.uuid(), version: z.number().int(), effectiveFrom: calendarDay, rules: policyRulesSchema, note: z.string(),
  authorId: z.uuid().nullable(), createdAt: instant.nullable(),
});
export type PolicyView = z.infer<typeof policyViewSchema>;

export const savedPolicyVersionSchema = z.object({
  id: z.uuid(), regionId: z.uuid(), version: z.number().int(), effectiveFrom: calendarDay, rules: policyRulesSchema, note: z.string(),
  diff: z.array(z.object({ path: z.string(), before: z.unknown(), after: z.unknown() })),
});
export type SavedPolicyVersion = z.infer<typeof savedPolicyVersionSchema>;
