import { and, asc, eq, gte, inArray, sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { categories, enrolments, partners, regions, trainingPrograms } from "../schema";
import { PROVINCE_ID } from "./columns";

// Diklat programs. Public reads (the list and the detail) show nothing private; writes are by id after the
// service authorized the viewer on the program's province or organizer.

export type ProgramRow = typeof trainingPrograms.$inferSelect;

/** Seats held (enrolled or attended), as a correlated count so a list needs one round trip. */
const SEATS_TAKEN = sql<number>`(select count(*)::int from ${enrolments} where ${enrolments.programId} = ${trainingPrograms.id} and ${enrolments.status} in ('enrolled', 'attended'))`;

const PROGRAM_COLUMNS = {
  id: trainingPrograms.id,
  title: trainingPrograms.title,
  module: trainingPrograms.module,
  organizerName: trainingPrograms.organizerName,
  organizerPartnerId: trainingPrograms.organizerPartnerId,
  kabupatenId: trainingPrograms.kabupatenId,
  kabupaten: regions.name,
  provinceId: PROVINCE_ID,
  categoryId: trainingPrograms.categoryId,
  categoryName: categories.nameId,
  startsAt: trainingPrograms.startsAt,
  endsAt: trainingPrograms.endsAt,
  seats: trainingPrograms.seats,
  seatsTaken: SEATS_TAKEN,
  prerequisites: trainingPrograms.prerequisites,
  targetProfile: trainingPrograms.targetProfile,
};

const selectPrograms = (db: DbOrTx, where: SQL | undefined) =>
  db
    .select(PROGRAM_COLUMNS)
    .from(trainingPrograms)
    .innerJoin(regions, eq(regions.id, trainingPrograms.kabupatenId))
    .leftJoin(categories, eq(categories.id, trainingPrograms.categoryId))
    .where(where)
    .orderBy(asc(trainingPrograms.startsAt), asc(trainingPrograms.id));

export type ProgramListRow = Awaited<ReturnType<typeof selectPrograms>>[number];

/** Programs, soonest first; `endsFrom` keeps those not yet ended, `kabupatenIds` one or more kabupaten. */
export const listPrograms = (db: DbOrTx, params: { kabupatenIds?: readonly string[]; endsFrom?: Date; ids?: readonly string[] } = {}) =>
  selectPrograms(
    db,
    and(
      params.kabupatenIds ? inArray(trainingPrograms.kabupatenId, [...params.kabupatenIds]) : undefined,
      params.ids ? inArray(trainingPrograms.id, [...params.ids]) : undefined,
      params.endsFrom ? gte(trainingPrograms.endsAt, params.endsFrom) : undefined,
    ),
  );

export const findProgram = async (db: DbOrTx, id: string) => (await selectPrograms(db, eq(trainingPrograms.id, id)).limit(1))[0];

/** Locks the program row: enrolments count seats against it, so two last-seat requests cannot both win. */
export const lockProgram = async (db: DbOrTx, id: string) => {
  const [row] = await db.select({ id: trainingPrograms.id }).from(trainingPrograms).where(eq(trainingPrograms.id, id)).for("update");
  return row;
};

export const insertProgram = async (db: DbOrTx, row: typeof trainingPrograms.$inferInsert) => {
  const [inserted] = await db.insert(trainingPrograms).values(row).returning({ id: trainingPrograms.id });
  return inserted!;
};

/** Changes the program only while it still has the organizer the service authorized (null: nothing changed). */
export const updateProgramRow = async (
  db: DbOrTx,
  scope: { id: string; organizerPartnerId: string | null },
  set: Partial<typeof trainingPrograms.$inferInsert>,
) => {
  const organizer = scope.organizerPartnerId === null ? sql`${trainingPrograms.organizerPartnerId} is null` : eq(trainingPrograms.organizerPartnerId, scope.organizerPartnerId);
  const [row] = await db.update(trainingPrograms).set(set).where(and(eq(trainingPrograms.id, scope.id), organizer)).returning({ id: trainingPrograms.id });
  return row ?? null;
};

/** A partner that may organize programs: verified, with its province. */
export const findOrganizerPartner = async (db: DbOrTx, partnerId: string) => {
  const [row] = await db
    .select({ id: partners.id, name: partners.name, regionId: partners.regionId, verified: partners.verified })
    .from(partners)
    .where(eq(partners.id, partnerId))
    .limit(1);
  return row;
};

/** Verified partners of the given provinces: who may be named a program's organizer. */
export const listOrganizerPartners = (db: DbOrTx, provinceIds: readonly string[]) =>
  provinceIds.length === 0
    ? Promise.resolve([])
    : db
        .select({ id: partners.id, name: partners.name })
        .from(partners)
        .where(and(inArray(partners.regionId, [...provinceIds]), eq(partners.verified, true)))
        .orderBy(asc(partners.name));
