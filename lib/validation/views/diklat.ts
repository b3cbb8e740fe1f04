import { z } from "zod";
import { programPrerequisitesSchema, programTargetSchema } from "@/lib/domain/readiness/program-fit";
import { idr, instant, localized } from "./primitives";

// What the diklat services return and the API documents. Texts meant for people come in both languages.

export const programViewSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  module: z.string(),
  organizerName: z.string(),
  organizerPartnerId: z.uuid().nullable(),
  kabupatenId: z.uuid(),
  kabupaten: z.string(),
  categoryId: z.uuid().nullable(),
  startsAt: instant,
  endsAt: instant,
  seats: z.number().int(),
  seatsLeft: z.number().int(),
  prerequisites: programPrerequisitesSchema,
  targetProfile: programTargetSchema,
  /** Whom it is for and what it asks, in plain words (the page and the API show the same). */
  forWhom: z.array(localized),
});
export type ProgramView = z.infer<typeof programViewSchema>;

export const programListSchema = z.object({ programs: z.array(programViewSchema) });

export const enrolmentStatusSchema = z.enum(["invited", "enrolled", "refused_with_alternative", "attended"]);

export const enrolmentResultSchema = z.object({
  programId: z.uuid(),
  businessId: z.uuid(),
  status: enrolmentStatusSchema,
});
export type EnrolmentResult = z.infer<typeof enrolmentResultSchema>;

/** What a 422 refusal carries in `error.details`. */
export const enrolmentRefusalSchema = z.object({
  reason: z.literal("program_does_not_fit"),
  reasons: z.array(z.object({ code: z.string().describe("A machine code (e.g. MISSING_CERT:pirt); never shown to people."), message: localized })),
  alternativeProgramId: z.uuid().nullable().describe("The program the UMK does fit, soonest first; null when none."),
});
export type EnrolmentRefusal = z.infer<typeof enrolmentRefusalSchema>;

export const participantViewSchema = z.object({
  businessId: z.uuid(),
  name: z.string(),
  nib: z.string(),
  status: enrolmentStatusSchema,
  attendedAt: instant.nullable(),
  mayMarkAttended: z.boolean().describe("Enrolled or invited: the organizer may mark it present."),
  /** Attended two or more programs and still has every gap it came with. */
  repeatWithoutChange: z.boolean(),
});
export const participantListSchema = z.object({ participants: z.array(participantViewSchema) });

export const attendanceResultSchema = z.object({ recorded: z.array(z.uuid()).describe("Businesses marked present now."), skipped: z.array(z.uuid()).describe("Not enrolled/invited, already present, or refused.") });

const groupFiguresSchema = z.object({
  count: z.number().int(),
  meanSalesIdr: idr,
  meanCertificatesGained: z.number(),
  onTimeShare: z.number().nullable().describe("On-time deliveries / deliveries; null when nothing was delivered."),
});
export const outcomeHorizonSchema = z.object({
  days: z.union([z.literal(90), z.literal(180)]),
  from: instant,
  to: instant,
  complete: z.boolean().describe("false until the whole window has passed; the figures are then null."),
  participants: groupFiguresSchema.nullable(),
  comparison: groupFiguresSchema.nullable(),
});
export const programOutcomesSchema = z.object({ programId: z.uuid(), horizons: z.array(outcomeHorizonSchema) });
export type ProgramOutcomes = z.infer<typeof programOutcomesSchema>;

export const sidtImportResultSchema = z.object({
  imported: z.number().int(),
  registered: z.number().int(),
  attended: z.number().int(),
});
export const sidtImportErrorSchema = z.object({
  reason: z.literal("sidt_file_invalid"),
  lines: z.array(z.object({ line: z.number().int(), code: z.string(), message: localized })),
});
