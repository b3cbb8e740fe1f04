import { z } from "zod";
import { FLAG_KEY_PATTERN, FLAG_KINDS } from "@/lib/domain/flags/types";
import { AppError } from "@/lib/errors";

// Query and body schemas of the red-flags API, shared by the routes, the server action and the page.

export const listRedFlagsQuerySchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100).describe("Fiscal year (the calendar year in WITA)."),
  kind: z.enum(FLAG_KINDS).optional().describe("Only flags of this kind."),
  opd: z.uuid().optional().describe("Only flags involving this OPD."),
  reviewed: z.enum(["true", "false"]).transform((v) => v === "true").optional().describe("`true`: reviewed flags only; `false`: not yet reviewed."),
});
export type ListRedFlagsQuery = z.infer<typeof listRedFlagsQuerySchema>;

export const reviewRedFlagSchema = z.object({
  note: z.string().trim().min(5).max(2_000).describe("What was checked and the conclusion (written to the audit trail)."),
});
export type ReviewRedFlagInput = z.infer<typeof reviewRedFlagSchema>;

/** A path key that is not a flag key cannot name a flag: 404, like an unknown one. */
export const parseFlagKey = (key: string) => {
  let decoded: string;
  try {
    decoded = decodeURIComponent(key);
  } catch {
    throw new AppError("not_found");
  }
  if (!FLAG_KEY_PATTERN.test(decoded) || decoded.length > 200) throw new AppError("not_found");
  return decoded;
};
