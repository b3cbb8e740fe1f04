import "server-only";
import type { Viewer } from "@/lib/domain/auth/roles";
import { invitationsCsv, outcomesCsv } from "@/lib/domain/readiness/diklat-csv";
import { getProgramManagement } from "./program-management";
import { getProgramOutcomes } from "./program-outcomes";

/** The invitation list as CSV (organizer, admin): computed from today's readiness profiles. */
export const invitationsCsvOf = async (viewer: Viewer | null, programId: string) => {
  const page = await getProgramManagement(viewer, programId);
  return { csv: invitationsCsv(page.invitations), fileName: `undangan-${programId.slice(0, 8)}.csv` };
};

/** Both horizons, participants and comparison, as CSV (organizer, admin, auditor). */
export const outcomesCsvOf = async (viewer: Viewer | null, programId: string) => {
  const outcomes = await getProgramOutcomes(viewer, programId);
  const rows = outcomes.horizons.flatMap((h) => [
    { days: h.days, complete: h.complete, group: "peserta" as const, figures: h.participants },
    { days: h.days, complete: h.complete, group: "pembanding" as const, figures: h.comparison },
  ]);
  return { csv: outcomesCsv(rows), fileName: `hasil-${programId.slice(0, 8)}.csv` };
};
