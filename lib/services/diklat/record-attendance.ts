import "server-only";
import { db } from "@/db/client";
import { markAttended } from "@/db/queries/enrolments";
import { findProgram, lockProgram } from "@/db/queries/training-programs";
import { authorize } from "@/lib/auth/authorize";
import { actorOf } from "@/lib/domain/audit/audit-event";
import type { Viewer } from "@/lib/domain/auth/roles";
import { AppError, conflict } from "@/lib/errors";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import type { RecordAttendanceInput } from "@/lib/validation/diklat";
import { programResource } from "./program-view";

/**
 * The organizer (admin of the province or the organizing partner) marks UMKs present once the program has
 * started. Only enrolled or invited UMKs can be marked (never a refused one); the rest are reported as skipped.
 */
export const recordAttendance = async (viewer: Viewer | null, programId: string, input: RecordAttendanceInput, now: Date = new Date()) =>
  db.transaction(async (tx) => {
    const program = await findProgram(tx, programId);
    authorize(viewer, "attendance.record", program ? programResource(program) : { regionId: "-" });
    if (!program) throw new AppError("not_found");
    await lockProgram(tx, program.id);
    if (now.getTime() < program.startsAt.getTime()) {
      throw conflict("program_not_started", { id: "Program belum dimulai: kehadiran dicatat setelah program dimulai.", en: "The program has not started: attendance is recorded once it starts." });
    }
    const wanted = [...new Set(input.businessIds)];
    const marked = await markAttended(tx, { programId: program.id, businessIds: wanted, at: now });
    const recorded = marked.map((m) => m.businessId);
    for (const m of marked) {
      await appendAuditEvent(tx, { actor: actorOf(viewer), action: "enrolment.attended", entity: "enrolment", entityId: m.id, data: { programId: program.id, businessId: m.businessId }, at: now });
    }
    return { recorded, skipped: wanted.filter((id) => !recorded.includes(id)) };
  });
