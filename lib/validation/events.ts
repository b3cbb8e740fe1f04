import { z } from "zod";
import { EVENT_ITEM_CATEGORIES } from "@/lib/domain/events/event-compliance";
import { MIN_AMENDMENT_REASON_LENGTH, parseEventInstant } from "@/lib/domain/events/event-rules";

// Body and query schemas of the events API, shared by routes, server actions and the OpenAPI document.

export const EVENT_TYPES = ["rapat", "pelatihan", "upacara", "festival", "lainnya"] as const;

const uuid = z.uuid();
const instant = z
  .string()
  .refine((v) => parseEventInstant(v) !== null, "date_format")
  .describe('ISO 8601 with an offset (e.g. 2026-03-02T09:00:00+08:00), or local "YYYY-MM-DDTHH:mm" read as WITA.');
const idr = (key: string, min: number) => z.number({ error: "money" }).int({ error: "money" }).min(min, { error: key }).max(Number.MAX_SAFE_INTEGER);

const eventFields = {
  title: z.string().trim().min(3, "title").max(200, "title"),
  type: z.enum(EVENT_TYPES).describe("`pelatihan` covers pelatihan/diklat."),
  startsAt: instant,
  endsAt: instant,
  kabupaten: z.string().trim().min(1, "region").max(120, "region").describe("Venue: a kabupaten/kota region id, or its exact name (e.g. Kota Mataram)."),
  attendees: z.number({ error: "attendees" }).int().min(0).max(1_000_000),
  budgetIdr: idr("money", 0),
};

// Zod runs this even when a date itself failed; an unreadable one is reported by its own field, not here.
const datesOrdered = (v: { startsAt?: string; endsAt?: string }) => {
  const startsAt = v.startsAt === undefined ? null : parseEventInstant(v.startsAt);
  const endsAt = v.endsAt === undefined ? null : parseEventInstant(v.endsAt);
  return startsAt === null || endsAt === null || endsAt.getTime() >= startsAt.getTime();
};

export const createEventSchema = z
  .object({ ...eventFields, opdId: uuid.optional().describe("The organizing OPD; needed only when the buyer belongs to several.") })
  .refine(datesOrdered, { message: "date", path: ["endsAt"] });
export type CreateEventInput = z.infer<typeof createEventSchema>;

export const updateEventSchema = z
  .object(eventFields)
  .partial()
  .refine(datesOrdered, { message: "date", path: ["endsAt"] })
  .refine((v) => Object.keys(v).length > 0, { message: "required" });
export type UpdateEventInput = z.infer<typeof updateEventSchema>;

/**
 * A platform item names `businessId` (UMK/local come from the business, whatever is declared); an
 * off-platform item names the supplier and declares `isUmk`/`isLocal`.
 */
export const eventItemSchema = z
  .object({
    category: z.enum(EVENT_ITEM_CATEGORIES),
    description: z.string().trim().min(2, "description").max(500, "description"),
    amountIdr: idr("price", 1).describe("Whole rupiah, above 0."),
    businessId: uuid.optional(),
    supplierName: z.string().trim().min(2, "name").max(200, "name").optional(),
    nib: z.string().regex(/^\d{13}$/, "nib_format").optional(),
    isUmk: z.boolean().optional(),
    isLocal: z.boolean().optional(),
  })
  .superRefine((v, ctx) => {
    if (v.businessId !== undefined) return;
    if (v.supplierName === undefined) ctx.addIssue({ code: "custom", message: "required", path: ["supplierName"] });
    if (v.isUmk === undefined) ctx.addIssue({ code: "custom", message: "required", path: ["isUmk"] });
    if (v.isLocal === undefined) ctx.addIssue({ code: "custom", message: "required", path: ["isLocal"] });
  });
export type EventItemInput = z.infer<typeof eventItemSchema>;

export const amendEventSchema = z
  .object({
    reason: z.string().trim().min(MIN_AMENDMENT_REASON_LENGTH, "reason").max(2_000, "reason"),
    addItems: z.array(eventItemSchema).max(100).optional(),
    voidItemIds: z.array(uuid).max(100).optional(),
  })
  .refine((v) => (v.addItems?.length ?? 0) + (v.voidItemIds?.length ?? 0) > 0, { message: "required", path: ["addItems"] });
export type AmendEventInput = z.infer<typeof amendEventSchema>;

const witaDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "date");

export const listEventsQuerySchema = z.object({
  fiscalYear: z.coerce.number().int().min(2000).max(2100).optional(),
  opdId: uuid.optional(),
  status: z.enum(["open", "closed"]).optional(),
  compliance: z.enum(["meets", "below", "empty"]).optional().describe("meets: no findings · below: has findings · empty: nothing recorded."),
  from: witaDay.optional().describe("WITA date the event starts on or after."),
  to: witaDay.optional().describe("WITA date the event starts on or before."),
});
export type ListEventsQuery = z.infer<typeof listEventsQuerySchema>;

export const businessSearchQuerySchema = z.object({ q: z.string().trim().min(2).max(100) });
export const evidenceQuerySchema = z.object({ variant: z.enum(["original", "thumbnail"]).optional() });
