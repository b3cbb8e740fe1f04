import "server-only";
import { db, type DbOrTx } from "@/db/client";
import { findProgram, findOrganizerPartner, insertProgram, updateProgramRow } from "@/db/queries/training-programs";
import { findRegionWithParent } from "@/db/queries/regions";
import { findCategory } from "@/db/queries/categories";
import { authorize } from "@/lib/auth/authorize";
import { actorOf } from "@/lib/domain/audit/audit-event";
import type { Viewer } from "@/lib/domain/auth/roles";
import { parseWitaInstant } from "@/lib/domain/time/wita";
import { AppError, fieldError } from "@/lib/errors";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import { orNotFound } from "@/lib/services/or-not-found";
import type { SaveProgramInput } from "@/lib/validation/diklat";
import type { ProgramView } from "@/lib/validation/views/diklat";
import { programResource, toProgramView } from "./program-view";

/** The kabupaten/kota and its province; a province itself or an unknown id is a field error. */
const kabupatenOf = async (tx: DbOrTx, kabupatenId: string) => {
  const region = await findRegionWithParent(tx, kabupatenId);
  if (!region || region.kind === "provinsi" || !region.parentId) throw fieldError("kabupatenId", { id: "Pilih kabupaten/kota.", en: "Choose a kabupaten/kota." });
  return { kabupatenId: region.id, provinceId: region.parentId };
};

/** A partner organizer must be verified and of the same province: an unverified one may not act (issue 14). */
const checkOrganizer = async (tx: DbOrTx, partnerId: string | null | undefined, provinceId: string) => {
  if (!partnerId) return;
  const partner = await findOrganizerPartner(tx, partnerId);
  if (!partner || !partner.verified || partner.regionId !== provinceId) {
    throw fieldError("organizerPartnerId", { id: "Penyelenggara mitra harus terverifikasi dan dari provinsi yang sama.", en: "A partner organizer must be verified and of the same province." });
  }
};

const checkCategory = async (tx: DbOrTx, categoryId: string | null | undefined) => {
  if (categoryId && !(await findCategory(tx, categoryId))) throw fieldError("categoryId", { id: "Pilih kategori.", en: "Choose a category." });
};

const rowOf = (input: SaveProgramInput) => ({
  title: input.title,
  module: input.module,
  organizerName: input.organizerName,
  organizerPartnerId: input.organizerPartnerId ?? null,
  kabupatenId: input.kabupatenId,
  categoryId: input.categoryId ?? null,
  startsAt: parseWitaInstant(input.startsAt)!,
  endsAt: parseWitaInstant(input.endsAt)!,
  seats: input.seats,
  prerequisites: input.prerequisites as Record<string, unknown>,
  targetProfile: input.targetProfile as Record<string, unknown>,
});

const auditData = (row: ReturnType<typeof rowOf>) => ({ ...row, startsAt: row.startsAt.toISOString(), endsAt: row.endsAt.toISOString() });

/**
 * The province's admin, or a member of a verified partner organizing it, creates a diklat program. The
 * prerequisites and target are zod-validated data; the organizer partner (if any) must be verified.
 */
export const createProgram = async (viewer: Viewer | null, input: SaveProgramInput, now: Date = new Date()): Promise<ProgramView> =>
  db.transaction(async (tx) => {
    const place = await kabupatenOf(tx, input.kabupatenId);
    authorize(viewer, "training_program.manage", programResource({ provinceId: place.provinceId, organizerPartnerId: input.organizerPartnerId ?? null }));
    await checkOrganizer(tx, input.organizerPartnerId, place.provinceId);
    await checkCategory(tx, input.categoryId);
    const row = rowOf(input);
    const { id } = await insertProgram(tx, { ...row, createdAt: now });
    await appendAuditEvent(tx, { actor: actorOf(viewer), action: "training_program.created", entity: "training_program", entityId: id, data: auditData(row), at: now });
    return toProgramView(orNotFound(await findProgram(tx, id)));
  });

/**
 * Edits a program: the viewer must be allowed on it as it is AND as it will be (an organizer cannot hand its
 * program to another partner or province it does not act for). Seats may not drop below those taken.
 */
export const updateProgram = async (viewer: Viewer | null, programId: string, input: SaveProgramInput, now: Date = new Date()): Promise<ProgramView> =>
  db.transaction(async (tx) => {
    const current = await findProgram(tx, programId);
    authorize(viewer, "training_program.manage", current ? programResource(current) : { regionId: "-" });
    if (!current) throw new AppError("not_found");
    const place = await kabupatenOf(tx, input.kabupatenId);
    authorize(viewer, "training_program.manage", programResource({ provinceId: place.provinceId, organizerPartnerId: input.organizerPartnerId ?? null }));
    await checkOrganizer(tx, input.organizerPartnerId, place.provinceId);
    await checkCategory(tx, input.categoryId);
    if (input.seats < current.seatsTaken) {
      throw fieldError("seats", { id: `Sudah ${current.seatsTaken} peserta terdaftar: kursi tidak boleh kurang dari itu.`, en: `${current.seatsTaken} participants already hold seats: seats cannot be fewer.` });
    }
    const row = rowOf(input);
    orNotFound(await updateProgramRow(tx, { id: current.id, organizerPartnerId: current.organizerPartnerId }, row));
    await appendAuditEvent(tx, { actor: actorOf(viewer), action: "training_program.updated", entity: "training_program", entityId: current.id, data: auditData(row), at: now });
    return toProgramView(orNotFound(await findProgram(tx, current.id)));
  });
