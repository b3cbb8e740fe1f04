import { can, type Action } from "@/lib/domain/auth/can";
import type { Viewer } from "@/lib/domain/auth/roles";

const unique = (values: ReadonlyArray<string | null>) => [...new Set(values.filter((v): v is string => v !== null))];

/**
 * Where a viewer may do an action: the candidate scopes come from their memberships, and can() alone
 * decides which of them count. Pages use these to pick what to show, never to grant anything themselves.
 */
export const regionsWhere = (viewer: Viewer, action: Action) =>
  unique(viewer.memberships.map((m) => m.regionId)).filter((regionId) => can(viewer, action, { regionId }));

export const opdsWhere = (viewer: Viewer, action: Action) =>
  unique(viewer.memberships.map((m) => m.opdId)).filter((opdId) => can(viewer, action, { opdId }));

export const businessesWhere = (viewer: Viewer, action: Action) =>
  unique(viewer.memberships.map((m) => m.businessId)).filter((businessId) => can(viewer, action, { businessId }));
