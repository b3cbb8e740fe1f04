import { z } from "zod";
import { parseWitaInstant } from "@/lib/domain/time/wita";
import { programPrerequisitesSchema, programTargetSchema } from "@/lib/domain/readiness/program-fit";

// Body and query schemas of the diklat API, shared by routes, server actions and the OpenAPI document.

const instant = z
  .string()
  .refine((v) => parseWitaInstant(v) !== null, "date_format")
  .describe('ISO 8601 with an offset (e.g. 2026-03-02T09:00:00+08:00), or local "YYYY-MM-DDTHH:mm" read as WITA.');

const programFields = {
  title: z.string().trim().min(3, "required").max(200, "required"),
  module: z.string().trim().min(2, "required").max(2000, "required").describe("What the program teaches (the module)."),
  organizerName: z.string().trim().min(2, "name").max(120, "name").describe('e.g. "Dinas Koperasi dan UKM NTB", "Balatkop NTB" or the partner\'s name.'),
  organizerPartnerId: z.uuid().nullable().optional().describe("The partner organization running it; null/absent for Diskop or Balatkop."),
  kabupatenId: z.uuid({ error: "region" }),
  categoryId: z.uuid().nullable().optional(),
  startsAt: instant,
  endsAt: instant,
  seats: z.number({ error: "required" }).int().min(1, "required").max(10_000),
  prerequisites: programPrerequisitesSchema,
  targetProfile: programTargetSchema,
};

const datesOrdered = (v: { startsAt?: string; endsAt?: string }) => {
  const s = v.startsAt === undefined ? null : parseWitaInstant(v.startsAt);
  const e = v.endsAt === undefined ? null : parseWitaInstant(v.endsAt);
  return s === null || e === null || e.getTime() >= s.getTime();
};

export const saveProgramSchema = z.object(programFields).refine(datesOrdered, { message: "date", path: ["endsAt"] });
export type SaveProgramInput = z.infer<typeof saveProgramSchema>;

export const listProgramsQuerySchema = z.object({
  kabupatenId: z.uuid().optional(),
  upcoming: z.enum(["true", "false"]).optional().describe("true: only programs that have not ended."),
});
export type ListProgramsQuery = z.infer<typeof listProgramsQuerySchema>;

/** A seller asks for a seat; `businessId` only when the person runs several businesses. */
export const requestEnrolmentSchema = z.object({ businessId: z.uuid().optional() });
export type RequestEnrolmentInput = z.infer<typeof requestEnrolmentSchema>;

export const recordAttendanceSchema = z.object({ businessIds: z.array(z.uuid()).min(1, "required").max(1000) });
export type RecordAttendanceInput = z.infer<typeof recordAttendanceSchema>;

export const outcomesQuerySchema = z.object({ days: z.enum(["90", "180"]).optional().describe("Only one horizon; both by default.") });
