import "server-only";
import { db } from "@/db/client";
import { searchVerifiedBusinesses } from "@/db/queries/businesses";
import { authorize } from "@/lib/auth/authorize";
import { opdsWhere } from "@/lib/auth/scopes";
import type { Viewer } from "@/lib/domain/auth/roles";

export type BusinessForEvent = { id: string; name: string; nib: string; kabupaten: string; scale: "mikro" | "kecil" | "menengah" | "besar"; isUmk: boolean };

/** Verified businesses by name or NIB prefix, for an event organizer's item form (buyers who write events). */
export const searchBusinessesForEvent = async (viewer: Viewer | null, q: string): Promise<BusinessForEvent[]> => {
  if (!viewer || opdsWhere(viewer, "event.write").length === 0) authorize(viewer, "event.write", { opdId: "-" });
  const query = q.trim();
  if (query.length < 2) return [];
  return searchVerifiedBusinesses(db, { q: query.slice(0, 100) });
};
