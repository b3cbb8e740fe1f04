import "server-only";
import { db, type DbOrTx } from "@/db/client";
import { findEnrolment, insertGapSnapshots, upsertEnrolment } from "@/db/queries/enrolments";
import { findProgram, listPrograms as listProgramRows, lockProgram } from "@/db/queries/training-programs";
import { authorize } from "@/lib/auth/authorize";
import { actorOf } from "@/lib/domain/audit/audit-event";
import type { Viewer } from "@/lib/domain/auth/roles";
import { mayRequestEnrolment, umkForFit, type EnrolmentStatus } from "@/lib/domain/readiness/diklat";
import { fitRefusalText } from "@/lib/domain/readiness/fit-reasons";
import { enrolmentDecision } from "@/lib/domain/readiness/program-fit";
import { witaDate } from "@/lib/domain/time/wita";
import { AppError, conflict, unprocessable } from "@/lib/errors";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import { loadReadinessProfiles } from "@/lib/services/readiness/load-readiness-profiles";
import type { RequestEnrolmentInput } from "@/lib/validation/diklat";
import type { EnrolmentRefusal, EnrolmentResult } from "@/lib/validation/views/diklat";
import { enrollingBusiness } from "./list-programs";
import { toProgramForFit, toProgramView } from "./program-view";

/** The readiness entry of one UMK on `today`; a business outside the programme (not UMK, rejected) cannot enrol. */
const readinessOf = async (tx: DbOrTx, businessId: string, today: string) => {
  const [entry] = await loadReadinessProfiles(tx, { businessIds: [businessId], today });
  if (!entry) throw unprocessable("not_umk", { id: "Diklat ini hanya untuk UMK yang terdaftar di platform.", en: "This training is only for UMKs registered on the platform." });
  return entry;
};

/**
 * A seller asks for a seat. The UMK's readiness profile, recomputed now, decides through program-fit: a fit
 * enrols it (the program row is locked so the last seat goes once) and keeps the gaps it came with; a misfit is
 * recorded as refused with the reasons and the program that fits, then answered 422 with both (`error.details`).
 */
export const requestEnrolment = async (viewer: Viewer | null, programId: string, input: RequestEnrolmentInput = {}, now: Date = new Date()): Promise<EnrolmentResult> => {
  const businessId = enrollingBusiness(viewer, input.businessId);
  authorize(viewer, "enrolment.request", { businessId: businessId ?? input.businessId ?? "-" });
  const today = witaDate(now);
  const outcome = await db.transaction(async (tx) => {
    if (!(await lockProgram(tx, programId))) throw new AppError("not_found");
    const program = toProgramView((await findProgram(tx, programId))!);
    const existing = await findEnrolment(tx, { programId, businessId: businessId! });
    if (existing && !mayRequestEnrolment(existing.status as EnrolmentStatus)) {
      throw conflict("already_enrolled", { id: "Usaha Anda sudah terdaftar di program ini.", en: "Your business is already enrolled in this program." });
    }
    const entry = await readinessOf(tx, businessId!, today);
    const open = (await listProgramRows(tx, { endsFrom: now })).map(toProgramView);
    const decision = enrolmentDecision(toProgramForFit(program), open.map(toProgramForFit), umkForFit(entry, today));
    if (decision.fits) {
      const saved = await upsertEnrolment(tx, { programId, businessId: businessId!, status: "enrolled", createdAt: now });
      await insertGapSnapshots(tx, [{ enrolmentId: saved.id, gaps: entry.gaps, takenAt: now }]);
      await appendAuditEvent(tx, { actor: actorOf(viewer), action: "enrolment.enrolled", entity: "enrolment", entityId: saved.id, data: { programId, businessId, gaps: entry.gaps }, at: now });
      return { fits: true as const };
    }
    const saved = await upsertEnrolment(tx, {
      programId, businessId: businessId!, status: "refused_with_alternative", refusalReasons: decision.reasons, alternativeProgramId: decision.alternativeProgramId, createdAt: now,
    });
    await appendAuditEvent(tx, {
      actor: actorOf(viewer), action: "enrolment.refused", entity: "enrolment", entityId: saved.id,
      data: { programId, businessId, reasons: decision.reasons, alternativeProgramId: decision.alternativeProgramId, gaps: entry.gaps }, at: now,
    });
    return decision;
  });
  if (outcome.fits) return { programId, businessId: businessId!, status: "enrolled" };
  // Thrown after the commit: the refusal and its reasons stay on record for the seller's page.
  const reasons = outcome.reasons.map((code) => ({ code, message: fitRefusalText(code) }));
  const details: EnrolmentRefusal = { reason: "program_does_not_fit", reasons, alternativeProgramId: outcome.alternativeProgramId };
  throw new AppError(
    "unprocessable",
    { id: `Usaha Anda belum bisa ikut program ini. ${reasons.map((r) => r.message.id).join(" ")}`, en: `Your business cannot join this program yet. ${reasons.map((r) => r.message.en).join(" ")}` },
    details,
  );
};
