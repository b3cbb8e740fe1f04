import "server-only";
import { db as defaultDb, type DbOrTx } from "@/db/client";
import { listCategoryTree } from "@/db/queries/categories";
import { findRegionWithParent } from "@/db/queries/regions";
import { authorize, requireSignedIn } from "@/lib/auth/authorize";
import { regionsWhere } from "@/lib/auth/scopes";
import type { Viewer } from "@/lib/domain/auth/roles";
import { matchesGapFilter } from "@/lib/domain/readiness/gap-batch";
import { witaDate } from "@/lib/domain/time/wita";
import { AppError } from "@/lib/errors";
import { loadReadinessProfiles } from "@/lib/services/readiness/load-readiness-profiles";
import type { GapFilterInput } from "@/lib/validation/mitra";

/** 401/403 before any lookup for someone who builds batches nowhere, so an unknown kabupaten tells them nothing. */
export const assertBatchBuilder = (viewer: Viewer | null) => {
  requireSignedIn(viewer);
  if (regionsWhere(viewer, "gap_batch.manage").length === 0) throw new AppError("forbidden");
};

/** The province a kabupaten belongs to (the admin's scope); 404 for an unknown kabupaten. */
export const provinceOfKabupaten = async (db: DbOrTx, kabupatenId: string) => {
  const region = await findRegionWithParent(db, kabupatenId);
  if (!region) throw new AppError("not_found");
  return region.parentId ?? region.id;
};

/** The category and its subcategories, with its name; null without a category, 404 for an unknown one. */
export const categoryScopeOf = async (db: DbOrTx, categoryId: string | null) => {
  if (!categoryId) return null;
  const tree = await listCategoryTree(db);
  const category = tree.find((c) => c.id === categoryId);
  if (!category) throw new AppError("not_found");
  return { name: category.nameId, ids: new Set([category.id, ...tree.filter((c) => c.parentId === category.id).map((c) => c.id)]) };
};

/** The UMKs of the kabupaten (and category) that have the gap today: what a batch built now would hold. */
export const matchGapFilter = async (db: DbOrTx, filter: GapFilterInput, now: Date) => {
  const [scope, entries] = await Promise.all([
    categoryScopeOf(db, filter.categoryId),
    loadReadinessProfiles(db, { kabupatenId: filter.kabupatenId, today: witaDate(now) }),
  ]);
  return { categoryName: scope?.name ?? null, members: entries.filter((e) => matchesGapFilter(e, filter, scope?.ids ?? null)) };
};

/** For the admin building a batch: how many UMKs the filter holds now, and who (admin of the province only). */
export const previewGapBatch = async (viewer: Viewer | null, filter: GapFilterInput, now = new Date()) => {
  assertBatchBuilder(viewer);
  const regionId = await provinceOfKabupaten(defaultDb, filter.kabupatenId);
  authorize(viewer, "gap_batch.manage", { regionId });
  const { members } = await matchGapFilter(defaultDb, filter, now);
  return { count: members.length, members: members.map((m) => ({ businessId: m.businessId, name: m.name, nib: m.nib, gaps: m.gaps })) };
};
