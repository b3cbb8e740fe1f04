import "server-only";
import { db } from "@/db/client";
import { listPartnerMembers, listPartnersOfRegions } from "@/db/queries/partners";
import { requireSignedIn } from "@/lib/auth/authorize";
import { regionsWhere } from "@/lib/auth/scopes";
import type { Viewer } from "@/lib/domain/auth/roles";
import { partnerActions } from "@/lib/domain/readiness/partners";
import { AppError } from "@/lib/errors";

/** The partner organizations of the admin's provinces with their members and what the admin may do next (403 for others). */
export const listPartners = async (viewer: Viewer | null) => {
  requireSignedIn(viewer);
  const regionIds = regionsWhere(viewer, "partner.manage");
  if (regionIds.length === 0) throw new AppError("forbidden");
  const partners = await listPartnersOfRegions(db, regionIds);
  const members = await listPartnerMembers(db, partners.map((p) => p.id));
  return partners.map((p) => ({ ...p, members: members.filter((m) => m.partnerId === p.id), actions: partnerActions(p, { isRegionAdmin: true }) }));
};
