import { isCertificationValid, isFoodKbli, type CertificationKind } from "@/lib/domain/business/certification";
import { DAY_MS } from "@/lib/domain/time/wita";
import type { GapCode, ReadinessProfile } from "./gaps";
import { programRefusals, type ProgramForFit, type UmkForFit } from "./program-fit";

export type EnrolmentStatus = "invited" | "enrolled" | "refused_with_alternative" | "attended";

/** Enrolled and attended UMKs hold a seat; an invitation or a refusal does not. */
export const holdsSeat = (status: EnrolmentStatus) => status === "enrolled" || status === "attended";

export const seatsLeft = (seats: number, statuses: readonly EnrolmentStatus[]) => Math.max(0, seats - statuses.filter(holdsSeat).length);

/** A UMK may (re)ask while it holds no seat: first time, after an invitation, or after a refusal it since fixed. */
export const mayRequestEnrolment = (status: EnrolmentStatus | null) => status === null || status === "invited" || status === "refused_with_alternative";

/** The organizer marks present an enrolled or invited UMK (a walk-in from the invitation list); never a refused one. */
export const mayRecordAttendance = (status: EnrolmentStatus) => status === "enrolled" || status === "invited";

/**
 * What the viewer may do next on one program. `canManage` and `canRequestEnrolment` come from can(); the
 * program's calendar and the viewer's own enrolment decide the rest.
 */
export const programActions = (
  program: { endsAt: Date },
  ctx: { canManage: boolean; canRequestEnrolment: boolean; enrolmentStatus: EnrolmentStatus | null; now: Date },
) => {
  const open = ctx.now.getTime() <= program.endsAt.getTime();
  return {
    edit: ctx.canManage,
    seeParticipants: ctx.canManage,
    downloadInvitations: ctx.canManage && open,
    sendInvitations: ctx.canManage && open,
    recordAttendance: ctx.canManage,
    importSidt: ctx.canManage,
    seeOutcomes: ctx.canManage,
    requestEnrolment: ctx.canRequestEnrolment && open && mayRequestEnrolment(ctx.enrolmentStatus),
  };
};
export type ProgramActions = ReturnType<typeof programActions>;

/** What program-fit needs of one UMK, from its readiness profile on `today`. */
export const umkForFit = (umk: { kabupatenId: string; kbli: string; profile: Pick<ReadinessProfile, "certificates">; gaps: readonly GapCode[] }, today: string): UmkForFit => ({
  kabupatenId: umk.kabupatenId,
  gaps: umk.gaps,
  isFood: isFoodKbli(umk.kbli),
  validCertificates: [...new Set(umk.profile.certificates.filter((c) => c.verified && isCertificationValid(c, today)).map((c) => c.kind as CertificationKind))],
});

/** Pure: the UMKs to invite — in the program's kabupaten, targeted and meeting the prerequisites (seats aside). */
export const invitationList = <U extends UmkForFit>(program: ProgramForFit, umks: readonly U[]): U[] =>
  umks.filter((u) => programRefusals({ ...program, seatsLeft: 1 }, u).length === 0);

/**
 * Pure: a repeat attendee whose diklat changed nothing — it attended at least two programs and still has every
 * gap it had when it first enrolled. A UMK that came with no gap at all is never flagged.
 */
export const isRepeatWithoutChange = (attended: ReadonlyArray<{ enrolledAt: Date; gapsAtEnrolment: readonly string[] }>, currentGaps: readonly string[]) => {
  if (attended.length < 2) return false;
  const first = [...attended].sort((a, b) => a.enrolledAt.getTime() - b.enrolledAt.getTime())[0]!;
  return first.gapsAtEnrolment.length > 0 && first.gapsAtEnrolment.every((g) => currentGaps.includes(g));
};

/** Pure: of the UMKs a program targets, those no program has ever served (never enrolled nor attended anywhere). */
export const neverServed = <U extends { businessId: string }>(targeted: readonly U[], servedBusinessIds: ReadonlySet<string>): U[] =>
  targeted.filter((u) => !servedBusinessIds.has(u.businessId));

export const OUTCOME_HORIZONS = [90, 180] as const;
export type OutcomeHorizon = (typeof OUTCOME_HORIZONS)[number];
/** "Similar sales before" looks at this many days before the program starts. */
export const PRIOR_SALES_DAYS = 180;

/**
 * Pure: the windows an outcome is measured over — the `days` after the program ends, and the prior-sales window
 * before it starts. Not complete until the whole window has passed: figures over a half window would flatter no one.
 */
export const outcomeWindows = (program: { startsAt: Date; endsAt: Date }, days: OutcomeHorizon, now: Date) => {
  const to = new Date(program.endsAt.getTime() + days * DAY_MS);
  return {
    after: { from: program.endsAt, to },
    prior: { from: new Date(program.startsAt.getTime() - PRIOR_SALES_DAYS * DAY_MS), to: program.startsAt },
    complete: to.getTime() <= now.getTime(),
  };
};
