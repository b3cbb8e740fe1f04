import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { businesses, enrolmentGapSnapshots, enrolments, trainingPrograms } from "../schema";

// Enrolments of UMKs in diklat programs, always read and written by program (and business) ids the service authorized.

export type EnrolmentRow = typeof enrolments.$inferSelect;

export const findEnrolment = async (db: DbOrTx, params: { programId: string; businessId: string }) => {
  const [row] = await db
    .select()
    .from(enrolments)
    .where(and(eq(enrolments.programId, params.programId), eq(enrolments.businessId, params.businessId)))
    .limit(1);
  return row;
};

/** The business's enrolments in the given programs: what the program pages show a seller. */
export const listEnrolmentsOfBusiness = (db: DbOrTx, params: { businessIds: readonly string[]; programIds?: readonly string[] }) =>
  params.businessIds.length === 0
    ? Promise.resolve([])
    : db
        .select({ programId: enrolments.programId, businessId: enrolments.businessId, status: enrolments.status, alternativeProgramId: enrolments.alternativeProgramId, refusalReasons: enrolments.refusalReasons })
        .from(enrolments)
        .where(and(inArray(enrolments.businessId, [...params.businessIds]), params.programIds ? inArray(enrolments.programId, [...params.programIds]) : undefined));

/** A program's participants with NIB and name (the organizer's list, the SIDT export). */
export const listEnrolmentsOfProgram = (db: DbOrTx, programId: string) =>
  db
    .select({
      id: enrolments.id,
      businessId: enrolments.businessId,
      name: businesses.legalName,
      nib: businesses.nib,
      status: enrolments.status,
      attendedAt: enrolments.attendedAt,
      createdAt: enrolments.createdAt,
      refusalReasons: enrolments.refusalReasons,
    })
    .from(enrolments)
    .innerJoin(businesses, eq(businesses.id, enrolments.businessId))
    .where(eq(enrolments.programId, programId))
    .orderBy(asc(businesses.legalName));

export const countSeatsTaken = async (db: DbOrTx, programId: string) => {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(enrolments)
    .where(and(eq(enrolments.programId, programId), inArray(enrolments.status, ["enrolled", "attended"])));
  return row?.n ?? 0;
};

/** Inserts or replaces the business's enrolment in the program (a refused UMK may ask again later). */
export const upsertEnrolment = async (db: DbOrTx, row: typeof enrolments.$inferInsert) => {
  const [saved] = await db
    .insert(enrolments)
    .values(row)
    .onConflictDoUpdate({
      target: [enrolments.programId, enrolments.businessId],
      set: { status: row.status, alternativeProgramId: row.alternativeProgramId ?? null, refusalReasons: row.refusalReasons ?? null, attendedAt: row.attendedAt ?? null },
    })
    .returning({ id: enrolments.id, status: enrolments.status });
  return saved!;
};

/** Invitations for businesses not yet in the program; those already there keep their status. */
export const insertInvitations = (db: DbOrTx, params: { programId: string; businessIds: readonly string[]; at: Date }) =>
  params.businessIds.length === 0
    ? Promise.resolve([])
    : db
        .insert(enrolments)
        .values(params.businessIds.map((businessId) => ({ programId: params.programId, businessId, status: "invited" as const, createdAt: params.at })))
        .onConflictDoNothing()
        .returning({ id: enrolments.id, businessId: enrolments.businessId });

export const markAttended = (db: DbOrTx, params: { programId: string; businessIds: readonly string[]; at: Date }) =>
  db
    .update(enrolments)
    .set({ status: "attended", attendedAt: params.at })
    .where(and(eq(enrolments.programId, params.programId), inArray(enrolments.businessId, [...params.businessIds]), inArray(enrolments.status, ["enrolled", "invited"])))
    .returning({ id: enrolments.id, businessId: enrolments.businessId });

/** Keeps the first snapshot: the gaps a UMK came with, not the ones it had when it was marked present. */
export const insertGapSnapshots = (db: DbOrTx, rows: ReadonlyArray<{ enrolmentId: string; gaps: string[]; takenAt: Date }>) =>
  rows.length === 0 ? Promise.resolve() : db.insert(enrolmentGapSnapshots).values([...rows]).onConflictDoNothing().then(() => undefined);

/** Every attended enrolment of these businesses, in any program, with the gaps they came with. */
export const listAttendanceHistory = (db: DbOrTx, businessIds: readonly string[]) =>
  businessIds.length === 0
    ? Promise.resolve([])
    : db
        .select({ businessId: enrolments.businessId, programId: enrolments.programId, enrolledAt: enrolments.createdAt, gaps: enrolmentGapSnapshots.gaps })
        .from(enrolments)
        .leftJoin(enrolmentGapSnapshots, eq(enrolmentGapSnapshots.enrolmentId, enrolments.id))
        .where(and(inArray(enrolments.businessId, [...businessIds]), eq(enrolments.status, "attended")));

/** Businesses any program ever served (enrolled or attended), among the given ones. */
export const listServedBusinessIds = async (db: DbOrTx, businessIds: readonly string[]) =>
  businessIds.length === 0
    ? new Set<string>()
    : new Set(
        (
          await db
            .selectDistinct({ businessId: enrolments.businessId })
            .from(enrolments)
            .where(and(inArray(enrolments.businessId, [...businessIds]), inArray(enrolments.status, ["enrolled", "attended"])))
        ).map((r) => r.businessId),
      );

/** Businesses by NIB with their kabupaten: how a SIDT file finds its UMKs. */
export const findBusinessesByNib = (db: DbOrTx, nibs: readonly string[]) =>
  nibs.length === 0
    ? Promise.resolve([])
    : db.select({ id: businesses.id, nib: businesses.nib, name: businesses.legalName, regionId: businesses.regionId }).from(businesses).where(inArray(businesses.nib, [...nibs]));

export const programExists = async (db: DbOrTx, id: string) =>
  (await db.select({ id: trainingPrograms.id }).from(trainingPrograms).where(eq(trainingPrograms.id, id)).limit(1)).length === 1;
