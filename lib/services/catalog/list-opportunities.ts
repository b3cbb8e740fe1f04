import "server-only";
import { db as defaultDb, type DbOrTx } from "@/db/client";
import { listLowResultQueries, type OpportunityRow } from "@/db/queries/search-queries";
import { can } from "@/lib/domain/auth/can";
import type { Viewer } from "@/lib/domain/auth/roles";
import { AppError } from "@/lib/errors";
import { LOW_RESULT_MAX } from "@/lib/domain/catalog/opportunity-rules";

const PER_GROUP = 10;

export type OpportunityGroup = {
  weekStart: string;
  isoWeek: string;
  categorySlug: string | null;
  categoryName: string | null;
  queries: Array<Pick<OpportunityRow, "query" | "searches" | "zeroResultSearches" | "maxResults">>;
};

/**
 * "Peluang": what buyers looked for and barely found (≤ 3 results), grouped per ISO week and category.
 * Admins see it for their region, sellers wherever they sell (demand.read); nobody else.
 */
export const listOpportunities = async (
  viewer: Viewer | null,
  input: { weeks: number },
  options: { db?: DbOrTx; now?: Date } = {},
): Promise<OpportunityGroup[]> => {
  if (!viewer) throw new AppError("unauthenticated");
  // The log is anonymous and region-less (one platform region today): any region the viewer may read it in will do.
  const regionIds = [...new Set(viewer.memberships.map((m) => m.regionId))];
  if (!regionIds.some((regionId) => can(viewer, "demand.read", { regionId }))) throw new AppError("forbidden");
  const now = options.now ?? new Date();
  const since = new Date(now.getTime() - input.weeks * 7 * 24 * 60 * 60 * 1000);
  const rows = await listLowResultQueries(options.db ?? defaultDb, { since, lowResultMax: LOW_RESULT_MAX, perGroup: PER_GROUP });
  const groups = new Map<string, OpportunityGroup>();
  for (const r of rows) {
    const key = `${r.weekStart}\u0000${r.categorySlug ?? ""}`;
    let group = groups.get(key);
    if (!group) {
      group = { weekStart: r.weekStart, isoWeek: r.isoWeek, categorySlug: r.categorySlug, categoryName: r.categoryName, queries: [] };
      groups.set(key, group);
    }
    group.queries.push({ query: r.query, searches: r.searches, zeroResultSearches: r.zeroResultSearches, maxResults: r.maxResults });
  }
  return [...groups.values()];
};
