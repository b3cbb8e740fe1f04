import { z } from "zod";
import { EVENT_ITEM_CATEGORIES } from "@/lib/domain/events/event-compliance";
import { EVENT_TYPES } from "@/lib/validation/events";
import { idr, isoInstant, localized } from "./primitives";

// What the events services return and the API documents, each shape written once. The services keep a finding's
// message in both languages; the API answers in the request's (app/api/v1/events/_lib/localize.ts), so every view
// holding a compliance report is built twice below from one definition: bilingual (the services' types) and
// localized (the document). Times are ISO strings (UTC), shown in WITA.

export const eventStatusSchema = z.enum(["open", "closed"]);
export const eventTypeSchema = z.enum(EVENT_TYPES);
export const eventItemSourceSchema = z
  .enum(["platform", "order", "declared"])
  .describe("platform: a verified business chosen by id · order: added by a BAST · declared: off-platform supplier.");
export type EventStatus = z.infer<typeof eventStatusSchema>;
export type EventType = z.infer<typeof eventTypeSchema>;
export type EventItemSource = z.infer<typeof eventItemSourceSchema>;

export const shareTotalsViewSchema = z.object({ totalIdr: idr, localUmkIdr: idr, share: z.number().describe("localUmkIdr / totalIdr, exact; 0 when nothing recorded.") });
export type ShareTotalsView = z.infer<typeof shareTotalsViewSchema>;

const eventFindingSchema = z.object({
  rule: z.literal("EVENT_LOCAL_CONSUMPTION"),
  severity: z.enum(["block", "justify", "warning"]),
  params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
  message: localized.describe("What is wrong and what to do, in Bahasa Indonesia and English."),
});
const localizedEventFindingSchema = eventFindingSchema.extend({
  message: z.string().describe("What is wrong and what to do, in Bahasa Indonesia (or English with Accept-Language: en)."),
});

export const evidenceViewSchema = z.object({
  id: z.uuid(), contentType: z.enum(["image/png", "image/jpeg", "image/webp", "application/pdf"]), sizeBytes: z.number().int(), originalName: z.string(),
  uploadedAt: isoInstant, url: z.string().describe("GET it with the session of an event reader."),
  thumbnailUrl: z.string().nullable().describe("A WebP preview of a photo; null for a PDF (and for an image that could not be decoded)."),
});
export type EvidenceView = z.infer<typeof evidenceViewSchema>;

export const eventItemViewSchema = z.object({
  id: z.uuid(), category: z.enum(EVENT_ITEM_CATEGORIES), description: z.string(), amountIdr: idr, source: eventItemSourceSchema,
  declared: z.boolean().describe("Off-platform: UMK/local status is the organizer's word."),
  business: z.object({ id: z.uuid(), name: z.string() }).nullable(), supplierName: z.string(), supplierNib: z.string().nullable(),
  supplierKabupaten: z.string().nullable(), isUmk: z.boolean().describe("From the business snapshot when recorded, unless declared."), isLocal: z.boolean(),
  purchaseRequestId: z.uuid().nullable(), addedByAmendmentId: z.uuid().nullable(), voidedByAmendmentId: z.uuid().nullable(),
  evidence: z.array(evidenceViewSchema), needsEvidence: z.boolean().describe("Off-platform item without evidence: closing is refused."), createdAt: isoInstant,
});
export type EventItemView = z.infer<typeof eventItemViewSchema>;

/** The views that hold a compliance report, with the report's findings shaped by `finding`. */
const eventViewSchemasWith = <Finding extends z.ZodType>(finding: Finding) => {
  const compliance = shareTotalsViewSchema.extend({
    consumption: shareTotalsViewSchema.describe("The konsumsi category: EVENT_LOCAL_CONSUMPTION applies to it."),
    byCategory: z.object(Object.fromEntries(EVENT_ITEM_CATEGORIES.map((c) => [c, shareTotalsViewSchema])) as Record<(typeof EVENT_ITEM_CATEGORIES)[number], typeof shareTotalsViewSchema>),
    declared: z.object({ totalIdr: idr, localUmkIdr: idr, count: z.number().int() }).describe("Off-platform items resting on the organizer's declaration."),
    verdict: z.enum(["allow", "needs_justification", "block"]),
    findings: z.array(finding),
  });
  const amendment = z.object({
    id: z.uuid(), reason: z.string(), createdAt: isoInstant, createdBy: z.object({ id: z.uuid(), name: z.string() }),
    changes: z.object({ addedItemIds: z.array(z.uuid()), voidedItemIds: z.array(z.uuid()) }), reportAfter: compliance,
  });
  const summary = z.object({
    id: z.uuid(), opd: z.object({ id: z.uuid(), name: z.string(), shortName: z.string() }), title: z.string(), type: eventTypeSchema,
    startsAt: isoInstant, endsAt: isoInstant, fiscalYear: z.number().int().describe("WITA year of the start."), kabupaten: z.object({ id: z.uuid(), name: z.string() }),
    attendees: z.number().int(), budgetIdr: idr, status: eventStatusSchema, closedAt: isoInstant.nullable(),
    compliance: compliance.describe("Current figures: the closed report with amendments applied, or live while open (voided items excluded)."),
    amendmentCount: z.number().int(),
  });
  const detail = summary.extend({
    createdBy: z.object({ id: z.uuid(), name: z.string() }), closedBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    items: z.array(eventItemViewSchema.extend({
      actions: z.object({ remove: z.boolean(), attachEvidence: z.boolean() }).describe("What the caller may do to this item now."),
    })).describe("Every item, voided ones included (with voidedByAmendmentId)."),
    closedReport: z.object({ closedAt: isoInstant, compliance, items: z.array(eventItemViewSchema) }).nullable().describe("Frozen at closing; never changes."),
    amendments: z.array(amendment), linkedRequests: z.array(z.object({ id: z.uuid(), number: z.string(), status: z.string() })),
    permissions: z.object({ canEdit: z.boolean(), canClose: z.boolean(), canAmend: z.boolean() }).describe("The same flags as actions.edit, actions.close and actions.amend."),
    isOpen: z.boolean().describe("Open events are edited directly; a closed one changes only by amendment."),
    actions: z.object({
      edit: z.boolean(), addItem: z.boolean(), removeItem: z.boolean(), close: z.boolean(), amend: z.boolean(),
      print: z.boolean().describe("The report prints for every reader, open (marked provisional) or closed."),
    }).describe("What the caller may do next with this event."),
  });
  return { compliance, amendment, summary, detail, list: z.object({ events: z.array(summary) }) };
};

const bilingual = eventViewSchemasWith(eventFindingSchema);

/** The services' views: findings keep both languages. */
export const eventComplianceViewSchema = bilingual.compliance;
export const amendmentViewSchema = bilingual.amendment;
export const eventSummaryViewSchema = bilingual.summary;
export const eventDetailViewSchema = bilingual.detail;
export type EventComplianceView = z.infer<typeof eventComplianceViewSchema>;
export type AmendmentView = z.infer<typeof amendmentViewSchema>;
export type EventSummaryView = z.infer<typeof eventSummaryViewSchema>;
export type EventDetailView = z.infer<typeof eventDetailViewSchema>;

/** What the events API answers: the same views with each finding's message in the request's language. */
export const eventApiSchemas = eventViewSchemasWith(localizedEventFindingSchema);
export type LocalizedEventSummary = z.infer<typeof eventApiSchemas.summary>;
export type LocalizedEventDetail = z.infer<typeof eventApiSchemas.detail>;
export type LocalizedAmendment = z.infer<typeof eventApiSchemas.amendment>;
