import "server-only";
import { db } from "@/db/client";
import { listCategoryTree } from "@/db/queries/categories";
import { listOriginRegions } from "@/db/queries/regions";
import { PLATFORM_PROVINCE_CODE } from "@/lib/domain/business/onboarding";

/** The product form's choices: the category tree and every origin region, the platform's province first. */
export const listProductFormOptions = async () => {
  const [categories, regions] = await Promise.all([listCategoryTree(db), listOriginRegions(db, PLATFORM_PROVINCE_CODE)]);
  return { categories, regions };
};
