import { db } from "@/db/client";
import { listOpdsOfRegions } from "@/db/queries/opds";
import { authorize } from "@/lib/auth/authorize";
import type { Viewer } from "@/lib/domain/auth/roles";
import { readableRegions } from "./list-red-flags";

/** The OPDs of the regions where the viewer reads red flags: the page's OPD filter. */
export const listAuditOpds = async (viewer: Viewer | null) => {
  if (!viewer) authorize(viewer, "red_flag.read");
  return listOpdsOfRegions(db, readableRegions(viewer, "red_flag.read"));
};
