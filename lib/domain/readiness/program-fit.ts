import { z } from "zod";
import { CERTIFICATION_KINDS, type CertificationKind } from "@/lib/domain/business/certification";
import { GAP_CODES, type GapCode } from "./gaps";

/** Prerequisites of a diklat program, stored as JSON on the program and validated here on read and write. */
export const programPrerequisitesSchema = z.object({
  /** The UMK must already be verified (an export-readiness class assumes it). */
  requiresVerified: z.boolean().default(false),
  /** Gaps the UMK must NOT have to enrol (e.g. a halal-audit class needs a PIRT first). */
  mustNotHave: z.array(z.enum(GAP_CODES)).default([]),
  /** Valid, verified certificates the UMK must already hold (e.g. PIRT before halal self-declare). */
  requiresCertificates: z.array(z.enum(CERTIFICATION_KINDS)).optional(),
});
/**
 * Whom the program is for, in its kabupaten: UMKs with at least one of `anyOfGaps`, and — when set — only food
 * businesses (KBLI 10/11/56) and only those still lacking the listed certificates ("food KBLI, no halal").
 */
export const programTargetSchema = z
  .object({
    anyOfGaps: z.array(z.enum(GAP_CODES)).default([]),
    foodKbliOnly: z.boolean().optional(),
    lacksCertificates: z.array(z.enum(CERTIFICATION_KINDS)).optional(),
  })
  .refine((t) => t.anyOfGaps.length > 0 || t.foodKbliOnly === true || (t.lacksCertificates?.length ?? 0) > 0, {
    message: "A target names at least one gap, food businesses or a missing certificate.",
    path: ["anyOfGaps"],
  });

export type ProgramForFit = {
  id: string;
  kabupatenId: string;
  prerequisites: z.infer<typeof programPrerequisitesSchema>;
  target: z.infer<typeof programTargetSchema>;
  seatsLeft: number;
};
/** `isFood` and `validCertificates` are needed only by programs that ask about them. */
export type UmkForFit = { kabupatenId: string; gaps: readonly GapCode[]; isFood?: boolean; validCertificates?: readonly CertificationKind[] };

export type FitRefusal =
  | "OTHER_KABUPATEN"
  | "NOT_VERIFIED"
  | "NOT_TARGETED"
  | "NOT_FOOD"
  | "NO_SEATS"
  | `HAS_GAP:${GapCode}`
  | `MISSING_CERT:${CertificationKind}`
  | `HAS_CERT:${CertificationKind}`;

/** Pure: why this UMK may not enrol in this program (empty when it fits). */
export const programRefusals = (program: ProgramForFit, umk: UmkForFit): FitRefusal[] => {
  const reasons: FitRefusal[] = [];
  const certificates = umk.validCertificates ?? [];
  if (program.kabupatenId !== umk.kabupatenId) reasons.push("OTHER_KABUPATEN");
  if (program.prerequisites.requiresVerified && umk.gaps.includes("BUSINESS_NOT_VERIFIED")) reasons.push("NOT_VERIFIED");
  for (const gap of program.prerequisites.mustNotHave) if (umk.gaps.includes(gap)) reasons.push(`HAS_GAP:${gap}`);
  for (const kind of program.prerequisites.requiresCertificates ?? []) if (!certificates.includes(kind)) reasons.push(`MISSING_CERT:${kind}`);
  const { anyOfGaps, foodKbliOnly, lacksCertificates } = program.target;
  if (foodKbliOnly && !umk.isFood) reasons.push("NOT_FOOD");
  for (const kind of lacksCertificates ?? []) if (certificates.includes(kind)) reasons.push(`HAS_CERT:${kind}`);
  if (anyOfGaps.length > 0 && !anyOfGaps.some((g) => umk.gaps.includes(g))) reasons.push("NOT_TARGETED");
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
