import "server-only";
import { db } from "@/db/client";
import { listCategoryTree } from "@/db/queries/categories";
import { listKabupatenOfProvince } from "@/db/queries/regions";
import { listOrganizerPartners, listPrograms as listProgramRows } from "@/db/queries/training-programs";
import { authorize } from "@/lib/auth/authorize";
import { can } from "@/lib/domain/auth/can";
import type { Viewer } from "@/lib/domain/auth/roles";
import { PLATFORM_PROVINCE_CODE } from "@/lib/domain/business/onboarding";
import { programResource, toProgramView } from "./program-view";

/** The scopes where the viewer organizes diklat: provinces as admin, partner organizations as a member. */
const organizingScopes = (viewer: Viewer) => ({
  provinceIds: [...new Set(viewer.memberships.map((m) => m.regionId))].filter((regionId) => can(viewer, "training_program.manage", { regionId })),
  partnerIds: [...new Set(viewer.memberships.flatMap((m) => (m.partnerId ? [m.partnerId] : [])))].filter((partnerId) => can(viewer, "training_program.manage", { partnerId })),
});

/** 403 unless the viewer organizes diklat somewhere; the scopes otherwise. */
const requireOrganizer = (viewer: Viewer | null) => {
  if (!viewer) authorize(viewer, "training_program.manage");
  const scopes = organizingScopes(viewer);
  if (scopes.provinceIds.length === 0 && scopes.partnerIds.length === 0) authorize(viewer, "training_program.manage", { regionId: "-" });
  return scopes;
};

/** The programs this viewer organizes: every program of the province for its admins, their own for partners. */
export const listManagedPrograms = async (viewer: Viewer | null) => {
  requireOrganizer(viewer);
  const rows = await listProgramRows(db);
  return rows.filter((row) => can(viewer, "training_program.manage", programResource(row))).map(toProgramView);
};

/**
 * The choices of the program form: kabupaten/kota of the platform's province, categories, and the partners the
 * viewer may name as organizer (the province's verified partners for an admin, only their own for a partner).
 */
export const getProgramFormOptions = async (viewer: Viewer | null) => {
  const scopes = requireOrganizer(viewer);
  const [kabupaten, categories, partners] = await Promise.all([
    listKabupatenOfProvince(db, PLATFORM_PROVINCE_CODE),
    listCategoryTree(db),
    listOrganizerPartners(db, scopes.provinceIds.length > 0 ? scopes.provinceIds : [...new Set(viewer!.memberships.map((m) => m.regionId))]),
  ]);
  return {
    kabupaten: kabupaten.map((k) => ({ id: k.id, name: k.name })),
    categories: categories.map((c) => ({ id: c.id, nameId: c.nameId, nameEn: c.nameEn })),
    partners: scopes.provinceIds.length > 0 ? partners : partners.filter((p) => scopes.partnerIds.includes(p.id)),
    mayOrganizeAsDiskop: scopes.provinceIds.length > 0,
  };
};
export type ProgramFormOptions = Awaited<ReturnType<typeof getProgramFormOptions>>;
