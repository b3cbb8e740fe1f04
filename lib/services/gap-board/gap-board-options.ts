import "server-only";
import { db } from "@/db/client";
import { listCategoryTree } from "@/db/queries/categories";
import { listKabupatenOfProvinces } from "@/db/queries/regions";
import { requireSignedIn } from "@/lib/auth/authorize";
import { regionsWhere } from "@/lib/auth/scopes";
import type { Viewer } from "@/lib/domain/auth/roles";
import { AppError } from "@/lib/errors";

/** What the batch builder's filter offers: the kabupaten/kota of the admin's provinces and the categories (403 for others). */
export const getGapBoardOptions = async (viewer: Viewer | null) => {
  requireSignedIn(viewer);
  const regionIds = regionsWhere(viewer, "gap_batch.manage");
  if (regionIds.length === 0) throw new AppError("forbidden");
  const [kabupaten, categories] = await Promise.all([listKabupatenOfProvinces(db, regionIds), listCategoryTree(db)]);
  return { regionIds, kabupaten, categories };
};
