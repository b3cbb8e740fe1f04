import "server-only";
import { db } from "@/db/client";
import { listComparisonCandidates, listOutcomeFigures, listProgramParticipants } from "@/db/queries/program-outcomes";
import { findProgram } from "@/db/queries/training-programs";
import { authorize } from "@/lib/auth/authorize";
import type { Viewer } from "@/lib/domain/auth/roles";
import { OUTCOME_HORIZONS, outcomeWindows, type OutcomeHorizon } from "@/lib/domain/readiness/diklat";
import { comparisonGroup, groupFigures, type UmkOutcome } from "@/lib/domain/readiness/outcomes";
import { AppError } from "@/lib/errors";
import type { ProgramOutcomes } from "@/lib/validation/views/diklat";
import { programResource } from "./program-view";

type Base = { businessId: string; kabupatenId: string; scale: string; categoryId: string | null };

/**
 * A program's outcomes at 90 and 180 days after it ended: its participants against a comparison group of
 * similar non-participants (same kabupaten, main category and scale, similar BAST value in the 180 days before).
 * A window that has not fully passed has no figures. Read by the organizer, the province's admins and auditors.
 */
export const getProgramOutcomes = async (viewer: Viewer | null, programId: string, now: Date = new Date(), only?: OutcomeHorizon): Promise<ProgramOutcomes> => {
  const program = await findProgram(db, programId);
  authorize(viewer, "training_outcome.read", program ? programResource(program) : { regionId: "-" });
  if (!program) throw new AppError("not_found");
  const participants = await listProgramParticipants(db, program.id);
  const candidates = await listComparisonCandidates(db, { programId: program.id, kabupatenIds: [...new Set(participants.map((p) => p.kabupatenId))] });
  const horizons = [];
  for (const days of only ? [only] : OUTCOME_HORIZONS) {
    const w = outcomeWindows(program, days, now);
    if (!w.complete) {
      horizons.push({ days, from: w.after.from, to: w.after.to, complete: false, participants: null, comparison: null });
      continue;
    }
    const figures = new Map(
      (await listOutcomeFigures(db, { businessIds: [...participants, ...candidates].map((b) => b.businessId), prior: w.prior, after: w.after })).map((f) => [f.businessId, f]),
    );
    const outcome = (b: Base): UmkOutcome => {
      const f = figures.get(b.businessId)!;
      return { ...f, businessId: b.businessId, kabupatenId: b.kabupatenId, scale: b.scale, categoryId: b.categoryId ?? "" };
    };
    const mine = participants.map(outcome);
    horizons.push({
      days,
      from: w.after.from,
      to: w.after.to,
      complete: true,
      participants: groupFigures(mine),
      comparison: groupFigures(comparisonGroup(mine, candidates.map(outcome))),
    });
  }
  return { programId: program.id, horizons };
};
