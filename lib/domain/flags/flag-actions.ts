import { can } from "@/lib/domain/auth/can";
import type { Viewer } from "@/lib/domain/auth/roles";

/** What a viewer may do next with a flag: mark it reviewed once (an auditor of its region), with a note. */
export const redFlagActions = (viewer: Viewer | null, flag: { regionId: string; reviewed: boolean }) => ({
  review: !flag.reviewed && can(viewer, "red_flag.review", { regionId: flag.regionId }),
});
