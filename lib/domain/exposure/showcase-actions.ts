import { can } from "@/lib/domain/auth/can";
import type { Viewer } from "@/lib/domain/auth/roles";

export type ShowcaseStatus = "draft" | "published" | "archived";
export type ShowcaseActions = { publish: boolean; addMember: boolean; readLift: boolean };

/** What the viewer may do with an Etalase now; the services check the same lifecycle again. */
export const showcaseActions = (viewer: Viewer | null, showcase: { regionId: string; status: ShowcaseStatus }): ShowcaseActions => {
  const manages = can(viewer, "showcase.manage", { regionId: showcase.regionId });
  return {
    publish: manages && showcase.status === "draft",
    addMember: manages && showcase.status !== "archived",
    readLift: manages,
  };
};
