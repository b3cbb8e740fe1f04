import { db } from "@/db/client";
import { deleteHoliday, insertHoliday, listHolidaysOfYear } from "@/db/queries/holidays";
import { authorize } from "@/lib/auth/authorize";
import type { Viewer } from "@/lib/domain/auth/roles";
import { AppError } from "@/lib/errors";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import type { AddHolidayInput } from "@/lib/validation/holidays";
import { actorOf } from "@/lib/domain/audit/audit-event";

/** The region's holidays of a year: the days an approver's 3-working-day clock skips. */
export const listHolidays = async (viewer: Viewer | null, params: { regionId: string; year: number }) => {
  authorize(viewer, "policy.manage", { regionId: params.regionId });
  return listHolidaysOfYear(db, params);
};

/** Adds a holiday (or cuti bersama) for the region; a date already listed is a conflict. */
export const addHoliday = async (viewer: Viewer | null, input: AddHolidayInput) => {
  authorize(viewer, "policy.manage", { regionId: input.regionId });
  return db.transaction(async (tx) => {
    const { id } = await insertHoliday(tx, input);
    await appendAuditEvent(tx, { actor: actorOf(viewer), action: "holiday.added", entity: "holiday", entityId: id, data: { ...input } });
    return { id };
  });
};

export const removeHoliday = async (viewer: Viewer | null, params: { id: string; regionId: string }) => {
  authorize(viewer, "policy.manage", { regionId: params.regionId });
  return db.transaction(async (tx) => {
    const removed = await deleteHoliday(tx, params);
    if (!removed) throw new AppError("not_found");
    await appendAuditEvent(tx, { actor: actorOf(viewer), action: "holiday.removed", entity: "holiday", entityId: removed.id, data: { regionId: params.regionId, date: removed.date, name: removed.name } });
    return { id: removed.id };
  });
};
