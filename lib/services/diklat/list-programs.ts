import "server-only";
import { db } from "@/db/client";
import { listEnrolmentsOfBusiness } from "@/db/queries/enrolments";
import { findProgram, listPrograms as listProgramRows } from "@/db/queries/training-programs";
import { can } from "@/lib/domain/auth/can";
import type { Viewer } from "@/lib/domain/auth/roles";
import { businessesWhere } from "@/lib/auth/scopes";
import { programActions, type EnrolmentStatus } from "@/lib/domain/readiness/diklat";
import { fitRefusalText } from "@/lib/domain/readiness/fit-reasons";
import type { FitRefusal } from "@/lib/domain/readiness/program-fit";
import { AppError } from "@/lib/errors";
import type { ListProgramsQuery } from "@/lib/validation/diklat";
import { programResource, toProgramView } from "./program-view";

/** Programs anyone may read (title, dates, seats, whom they are for): nothing about any UMK. */
export const listPrograms = async (query: ListProgramsQuery = {}, now: Date = new Date()) =>
  (await listProgramRows(db, { kabupatenIds: query.kabupatenId ? [query.kabupatenId] : undefined, endsFrom: query.upcoming === "false" ? undefined : now })).map(toProgramView);

/** The business a seller enrols for: the one named, else their first. */
export const enrollingBusiness = (viewer: Viewer | null, businessId?: string) => {
  if (!viewer) return null;
  const mine = businessesWhere(viewer, "enrolment.request");
  if (businessId !== undefined) return mine.includes(businessId) ? businessId : null;
  return mine[0] ?? null;
};

/**
 * One program for its page: the program, what the viewer may do next, and — for a seller — their own
 * enrolment, with the reasons of a refusal in plain words and the program offered instead.
 */
export const getProgram = async (viewer: Viewer | null, programId: string, now: Date = new Date()) => {
  const row = await findProgram(db, programId);
  if (!row) throw new AppError("not_found");
  const program = toProgramView(row);
  const businessId = enrollingBusiness(viewer);
  const [mine] = businessId ? await listEnrolmentsOfBusiness(db, { businessIds: [businessId], programIds: [programId] }) : [];
  const alternative = mine?.alternativeProgramId ? await findProgram(db, mine.alternativeProgramId) : undefined;
  const status = (mine?.status ?? null) as EnrolmentStatus | null;
  return {
    program,
    actions: programActions(program, {
      canManage: can(viewer, "training_program.manage", programResource(row)),
      canRequestEnrolment: businessId !== null,
      enrolmentStatus: status,
      now,
    }),
    canReadOutcomes: can(viewer, "training_outcome.read", programResource(row)),
    enrolment: mine
      ? {
          businessId: mine.businessId,
          status,
          reasons: (mine.refusalReasons ?? []).map((r) => fitRefusalText(r as FitRefusal)),
          alternative: alternative ? { id: alternative.id, title: alternative.title, startsAt: alternative.startsAt } : null,
        }
      : null,
  };
};
export type ProgramPage = Awaited<ReturnType<typeof getProgram>>;
