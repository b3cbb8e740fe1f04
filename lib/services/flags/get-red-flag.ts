import { db } from "@/db/client";
import { authorize } from "@/lib/auth/authorize";
import type { Viewer } from "@/lib/domain/auth/roles";
import { fiscalYearOfKey, kindOfKey } from "@/lib/domain/flags/types";
import type { RedFlagView } from "@/lib/validation/views/flags";
import { computeRegionFlags, loadReviews } from "./compute-region-flags";
import { readableRegions, toFlagView } from "./list-red-flags";

/** One flag by its key, recomputed for its year in the viewer's regions (red_flag.read); null when it is not there. */
export const getRedFlag = async (viewer: Viewer | null, key: string, now: Date = new Date()): Promise<RedFlagView | null> => {
  if (!viewer) authorize(viewer, "red_flag.read");
  const regionIds = readableRegions(viewer, "red_flag.read");
  const year = fiscalYearOfKey(key);
  const kind = kindOfKey(key);
  if (year === null || kind === null) return null;
  const reviews = await loadReviews(db, regionIds);
  for (const regionId of regionIds) {
    const region = await computeRegionFlags(db, regionId, year, now, kind);
    const flag = region.flags.find((f) => f.key === key);
    if (flag) return toFlagView(viewer, region, flag, reviews.get(`${regionId}|${key}`));
  }
  return null;
};
