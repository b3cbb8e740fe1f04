import "server-only";
import { db, type DbOrTx } from "@/db/client";
import { insertGapSnapshots, insertInvitations, listAttendanceHistory, listEnrolmentsOfProgram, listServedBusinessIds } from "@/db/queries/enrolments";
import { findProgram } from "@/db/queries/training-programs";
import { authorize } from "@/lib/auth/authorize";
import { actorOf } from "@/lib/domain/audit/audit-event";
import type { Viewer } from "@/lib/domain/auth/roles";
import { invitationList, isRepeatWithoutChange, mayRecordAttendance, neverServed, umkForFit, type EnrolmentStatus } from "@/lib/domain/readiness/diklat";
import { witaDate } from "@/lib/domain/time/wita";
import { AppError } from "@/lib/errors";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import { notify } from "@/lib/services/notifications/notify";
import { loadReadinessProfiles } from "@/lib/services/readiness/load-readiness-profiles";
import { programResource, toProgramForFit, toProgramView } from "./program-view";

const loadManaged = async (tx: DbOrTx, viewer: Viewer | null, programId: string) => {
  const row = await findProgram(tx, programId);
  authorize(viewer, "training_program.manage", row ? programResource(row) : { regionId: "-" });
  if (!row) throw new AppError("not_found");
  return toProgramView(row);
};

/** The UMKs of the program's kabupaten whose profile today matches its target and prerequisites (seats aside). */
const targetedUmks = async (tx: DbOrTx, program: ReturnType<typeof toProgramView>, today: string) => {
  const entries = await loadReadinessProfiles(tx, { kabupatenId: program.kabupatenId, today });
  return invitationList(toProgramForFit(program), entries.map((e) => ({ ...umkForFit(e, today), businessId: e.businessId, name: e.name, nib: e.nib, kabupaten: e.kabupatenName })));
};

/**
 * The organizer's view of one program: participants (flagged when they attended two or more programs and still
 * have every gap they came with), the invitation list computed from today's readiness profiles, and the
 * targeted UMKs no program has ever served.
 */
export const getProgramManagement = async (viewer: Viewer | null, programId: string, now: Date = new Date()) => {
  const program = await loadManaged(db, viewer, programId);
  const today = witaDate(now);
  const [participants, targeted] = await Promise.all([listEnrolmentsOfProgram(db, program.id), targetedUmks(db, program, today)]);
  const attendedIds = participants.filter((p) => p.status === "attended").map((p) => p.businessId);
  const [current, history, served] = await Promise.all([
    loadReadinessProfiles(db, { businessIds: attendedIds, today }),
    listAttendanceHistory(db, attendedIds),
    listServedBusinessIds(db, targeted.map((t) => t.businessId)),
  ]);
  const gapsNow = new Map(current.map((c) => [c.businessId, c.gaps as readonly string[]]));
  const statusOf = new Map(participants.map((p) => [p.businessId, p.status as EnrolmentStatus]));
  return {
    program,
    participants: participants.map((p) => ({
      businessId: p.businessId,
      name: p.name,
      nib: p.nib,
      status: p.status as EnrolmentStatus,
      attendedAt: p.attendedAt,
      mayMarkAttended: mayRecordAttendance(p.status as EnrolmentStatus),
      repeatWithoutChange:
        p.status === "attended" &&
        isRepeatWithoutChange(history.filter((h) => h.businessId === p.businessId).map((h) => ({ enrolledAt: h.enrolledAt, gapsAtEnrolment: h.gaps ?? [] })), gapsNow.get(p.businessId) ?? []),
    })),
    invitations: targeted.map((t) => ({ businessId: t.businessId, name: t.name, nib: t.nib, kabupaten: t.kabupaten, gaps: t.gaps, statusInProgram: statusOf.get(t.businessId) ?? null })),
    neverServed: neverServed(targeted, served).map((t) => ({ businessId: t.businessId, name: t.name, nib: t.nib })),
  };
};
export type ProgramManagement = Awaited<ReturnType<typeof getProgramManagement>>;

/**
 * Invites the targeted UMKs not yet in the program: an `invited` enrolment with the gaps they have today, and an
 * in-app notification (plus the channels their preferences allow) to their sellers, all in one transaction.
 */
export const sendInvitations = async (viewer: Viewer | null, programId: string, now: Date = new Date()) =>
  db.transaction(async (tx) => {
    const program = await loadManaged(tx, viewer, programId);
    const today = witaDate(now);
    const targeted = await targetedUmks(tx, program, today);
    const invited = await insertInvitations(tx, { programId: program.id, businessIds: targeted.map((t) => t.businessId), at: now });
    const byId = new Map(targeted.map((t) => [t.businessId, t]));
    await insertGapSnapshots(tx, invited.map((i) => ({ enrolmentId: i.id, gaps: [...byId.get(i.businessId)!.gaps], takenAt: now })));
    for (const i of invited) {
      await notify(tx, {
        kind: "diklat.invited",
        to: { role: "seller", businessId: i.businessId },
        params: { programTitle: program.title, businessName: byId.get(i.businessId)!.name, startsOn: witaDate(program.startsAt), kabupaten: program.kabupaten },
        link: `/diklat/${program.id}`,
        dedupeKey: `diklat.invited:${program.id}:${i.businessId}`,
        at: now,
      });
    }
    await appendAuditEvent(tx, {
      actor: actorOf(viewer!), action: "training_program.invitations_sent", entity: "training_program", entityId: program.id,
      data: { businessIds: invited.map((i) => i.businessId) }, at: now,
    });
    return { invited: invited.length };
  });
