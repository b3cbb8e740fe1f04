import { z } from "zod";
import { GAP_CODES, type GapCode } from "./gaps";

/** Prerequisites of a diklat program, stored as JSON on the program and validated here on read and write. */
export const programPrerequisitesSchema = z.object({
  /** The UMK must already be verified (an export-readiness class assumes it). */
  requiresVerified: z.boolean().default(false),
  /** Gaps the UMK must NOT have to enrol (e.g. a halal-audit class needs a PIRT first). */
  mustNotHave: z.array(z.enum(GAP_CODES)).default([]),
});
/** Whom the program is for: UMKs with at least one of these gaps, in this kabupaten. */
export const programTargetSchema = z.object({ anyOfGaps: z.array(z.enum(GAP_CODES)).min(1) });

export type ProgramForFit = {
  id: string;
  kabupatenId: string;
  prerequisites: z.infer<typeof programPrerequisitesSchema>;
  target: z.infer<typeof programTargetSchema>;
  seatsLeft: number;
};
export type UmkForFit = { kabupatenId: string; gaps: readonly GapCode[] };

export type FitRefusal = "OTHER_KABUPATEN" | "NOT_VERIFIED" | "NOT_TARGETED" | "NO_SEATS" | `HAS_GAP:${GapCode}`;

/** Pure: why this UMK may not enrol in this program (empty when it fits). */
export const programRefusals = (program: ProgramForFit, umk: UmkForFit): FitRefusal[] => {
  const reasons: FitRefusal[] = [];
  if (program.kabupatenId !== umk.kabupatenId) reasons.push("OTHER_KABUPATEN");
  if (program.prerequisites.requiresVerified && umk.gaps.includes("BUSINESS_NOT_VERIFIED")) reasons.push("NOT_VERIFIED");
  for (const gap of program.prerequisites.mustNotHave) if (umk.gaps.includes(gap)) reasons.push(`HAS_GAP:${gap}`);
  if (!program.target.anyOfGaps.some((g) => umk.gaps.includes(g))) reasons.push("NOT_TARGETED");
  if (program.seatsLeft <= 0) reasons.push("NO_SEATS");
  return reasons;
};

/**
 * Pure: the gated enrolment decision. A UMK that does not fit is told why and offered the first other program
 * it does fit (in the caller's order, e.g. soonest start), or none.
 */
export const enrolmentDecision = (program: ProgramForFit, others: readonly ProgramForFit[], umk: UmkForFit) => {
  const reasons = programRefusals(program, umk);
  if (reasons.length === 0) return { fits: true as const };
  const alternative = others.find((p) => p.id !== program.id && programRefusals(p, umk).length === 0) ?? null;
  return { fits: false as const, reasons, alternativeProgramId: alternative?.id ?? null };
};
