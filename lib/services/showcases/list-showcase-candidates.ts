import "server-only";
import { db } from "@/db/client";
import { searchVerifiedBusinesses } from "@/db/queries/businesses";
import { authorize } from "@/lib/auth/authorize";
import type { Viewer } from "@/lib/domain/auth/roles";

/** Verified businesses an admin may add to an Etalase (the picker on /admin/etalase). */
export const listShowcaseCandidates = async (viewer: Viewer | null, regionId: string) => {
  authorize(viewer, "showcase.manage", { regionId });
  return searchVerifiedBusinesses(db, { q: "", limit: 500 });
};
