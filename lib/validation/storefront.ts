import { z } from "zod";
import { BUSINESS_SCALES, CERTIFICATION_KINDS, productHitSchema } from "./catalog";

export const STORY_MAX = 1200;

/** The seller's own words on their storefront; an empty story is allowed (the page then shows none). */
export const storefrontStorySchema = z
  .object({
    businessId: z.uuid({ error: "required" }).optional(),
    story: z.string({ error: "story" }).trim().max(STORY_MAX, { error: "story" }),
  })
  .strict();
export type StorefrontStoryInput = z.output<typeof storefrontStorySchema>;

export const POSTER_SIZES = ["a5", "a4"] as const;
export const posterQuerySchema = z.object({ size: z.enum(POSTER_SIZES, { error: "poster_size" }).default("a5") });

const proofSchema = z.object({
  opdsServed: z.number().int().describe("OPDs with at least one completed order (a BAST signed)."),
  ordersCompleted: z.number().int().describe("Orders that reached a BAST: received, invoiced, paid or closed."),
  onTime: z.object({
    shipped: z.number().int(),
    onTime: z.number().int(),
    rate: z.number().nullable().describe("Share (0–1) of shipped orders shipped by the WITA day placed + the longest product lead time; null before any shipment."),
  }),
  bastsInFull: z.object({ withBast: z.number().int(), inFull: z.number().int().describe("Orders with a BAST whose every unit ordered was received.") }),
  medianDaysToPaid: z.number().nullable().describe("Median days from BAST (invoice issued) to payment; null before any payment."),
  paidInvoices: z.number().int(),
  rating: z.object({ average: z.number().nullable(), count: z.number().int() }),
});

const pictureSchema = z.object({ url: z.string(), thumbnailUrl: z.string(), alt: z.string() });

export const storefrontSchema = z.object({
  slug: z.string(),
  url: z.string().describe("Path of the public page."),
  business: z.object({
    id: z.uuid(),
    name: z.string(),
    kabupaten: z.string(),
    scale: z.enum(BUSINESS_SCALES),
    isUmk: z.boolean(),
    story: z.string(),
    photos: z.array(pictureSchema),
  }),
  verified: z.object({
    nib: z.string(),
    verifiedAt: z.string().describe("ISO 8601 time the NIB and documents were verified by Diskop."),
    certifications: z.array(z.object({ kind: z.enum(CERTIFICATION_KINDS), expiresOn: z.string().nullable() })),
  }),
  proof: proofSchema.describe("Computed from orders, BAST receipts, invoices and ratings on every request; never typed in."),
  products: z.array(productHitSchema),
});
export type StorefrontView = z.output<typeof storefrontSchema>;
