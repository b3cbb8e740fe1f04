import { z } from "zod";

export const showcaseSlugSchema = z
  .string()
  .trim()
  .min(3)
  .max(60)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: "Slug hanya huruf kecil, angka, dan tanda hubung." });

export const createShowcaseSchema = z
  .object({
    slug: showcaseSlugSchema.describe("Stable public address: /etalase/{slug}."),
    title: z.string().trim().min(3).max(120),
    theme: z.string().trim().min(3).max(200).describe("The theme in a few words, e.g. `Oleh-oleh untuk tamu kegiatan`."),
    rubric: z.string().trim().min(20).max(2000).describe("The published criteria that chose the members."),
    rotationDays: z.coerce.number().int().min(1).max(365).default(7).describe("The spotlight moves on every this many days."),
    spotlightSize: z.coerce.number().int().min(1).max(24).default(4).describe("How many members the spotlight (home page) shows at once."),
  })
  .strict();
export type CreateShowcaseInput = z.infer<typeof createShowcaseSchema>;

export const addShowcaseMemberSchema = z
  .object({
    businessId: z.uuid().describe("A verified business."),
    productId: z.preprocess((v) => (v === "" ? undefined : v), z.uuid().optional()).describe("One of its active products to feature (optional)."),
  })
  .strict();
export type AddShowcaseMemberInput = z.infer<typeof addShowcaseMemberSchema>;

export const showcaseMemberViewSchema = z.object({
  businessId: z.uuid(),
  businessName: z.string(),
  kabupaten: z.string(),
  scale: z.enum(["mikro", "kecil", "menengah", "besar"]),
  productId: z.uuid().nullable(),
  productTitle: z.string().nullable(),
  position: z.number().int(),
  featuredAt: z.string().describe("ISO 8601 (UTC)."),
});

export const showcaseViewSchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  title: z.string(),
  theme: z.string(),
  rubric: z.string(),
  rotationDays: z.number().int(),
  spotlightSize: z.number().int(),
  status: z.enum(["draft", "published", "archived"]),
  publishedAt: z.string().nullable(),
  nextRotationAt: z.string().nullable(),
  members: z.array(showcaseMemberViewSchema),
  spotlight: z.array(showcaseMemberViewSchema).describe("The members in the spotlight now (rotation)."),
});
export type ShowcaseView = z.infer<typeof showcaseViewSchema>;
export type ShowcaseMemberView = z.infer<typeof showcaseMemberViewSchema>;

const liftWindowSchema = z.object({ days: z.number().int(), orders: z.number().int(), newOpdBuyers: z.number().int(), complete: z.boolean() });
export const showcaseLiftViewSchema = z.object({
  slug: z.string(),
  members: z.array(
    z.object({
      businessId: z.uuid(),
      businessName: z.string(),
      featuredAt: z.string(),
      before30: liftWindowSchema,
      after14: liftWindowSchema,
      after30: liftWindowSchema,
    }),
  ),
});
export type ShowcaseLiftView = z.infer<typeof showcaseLiftViewSchema>;
