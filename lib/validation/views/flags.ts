import { z } from "zod";
import { FLAG_KINDS } from "@/lib/domain/flags/types";
import { instant, localized } from "./primitives";

// What the red-flag services return and the API documents.

export const flagKindSchema = z.enum(FLAG_KINDS);

export const flagLinkViewSchema = z.object({
  type: z.enum(["request", "order", "receipt", "invoice", "opd", "buyer"]),
  id: z.string(),
  label: z.string(),
  href: z.string().describe("The page that shows the record and its evidence."),
});

export const flagReviewViewSchema = z.object({ note: z.string(), reviewerName: z.string(), reviewedAt: instant });

export const redFlagViewSchema = z.object({
  key: z.string().describe("Stable across recomputation (kind, fiscal year, ids): reviews are keyed by it."),
  kind: flagKindSchema,
  fiscalYear: z.number().int(),
  regionId: z.string(),
  opds: z.array(z.object({ id: z.string(), name: z.string() })),
  at: instant.describe("When the flagged thing happened (for a running clock: since when)."),
  message: localized.describe("What the flag says, in Bahasa Indonesia and English."),
  params: z.record(z.string(), z.union([z.string(), z.number(), z.null()])).describe("The figures behind the message (amounts in whole rupiah, shares 0–1)."),
  links: z.array(flagLinkViewSchema).describe("First the transaction the flag is about, then its evidence."),
  review: flagReviewViewSchema.nullable(),
  actions: z.object({ review: z.boolean() }),
});
export type RedFlagView = z.infer<typeof redFlagViewSchema>;

export const redFlagListViewSchema = z.object({
  fiscalYear: z.number().int(),
  total: z.number().int().describe("Flags of the year before the kind/OPD/reviewed filter."),
  counts: z.record(z.string(), z.number().int()).describe("Flags of the year per kind, before the filter."),
  flags: z.array(redFlagViewSchema),
});
export type RedFlagListView = z.infer<typeof redFlagListViewSchema>;

export const flagReviewResultSchema = z.object({ key: z.string(), review: flagReviewViewSchema });
