import "server-only";
import type { ProgramListRow } from "@/db/queries/training-programs";
import type { Resource } from "@/lib/domain/auth/can";
import { describeProgramFit } from "@/lib/domain/readiness/fit-reasons";
import { programPrerequisitesSchema, programTargetSchema, type ProgramForFit } from "@/lib/domain/readiness/program-fit";
import type { ProgramView } from "@/lib/validation/views/diklat";

/** The program as the API and the pages show it; the JSON columns are re-validated on read. */
export const toProgramView = (row: ProgramListRow): ProgramView => {
  const prerequisites = programPrerequisitesSchema.parse(row.prerequisites);
  const targetProfile = programTargetSchema.parse(row.targetProfile);
  return {
    id: row.id,
    title: row.title,
    module: row.module,
    organizerName: row.organizerName,
    organizerPartnerId: row.organizerPartnerId,
    kabupatenId: row.kabupatenId,
    kabupaten: row.kabupaten,
    categoryId: row.categoryId,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    seats: row.seats,
    seatsLeft: Math.max(0, row.seats - row.seatsTaken),
    prerequisites,
    targetProfile,
    forWhom: describeProgramFit({ prerequisites, target: targetProfile }),
  };
};

export const toProgramForFit = (view: ProgramView): ProgramForFit => ({
  id: view.id,
  kabupatenId: view.kabupatenId,
  prerequisites: view.prerequisites,
  target: view.targetProfile,
  seatsLeft: view.seatsLeft,
});

/** Whose program it is for can(): the province's admins, and the organizing partner's members. */
export const programResource = (row: { provinceId: string; organizerPartnerId: string | null }): Resource => ({
  regionId: row.provinceId,
  ...(row.organizerPartnerId ? { partnerId: row.organizerPartnerId } : {}),
});
