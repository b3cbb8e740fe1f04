import { db } from "@/db/client";
import { authorize } from "@/lib/auth/authorize";
import { regionsWhere } from "@/lib/auth/scopes";
import type { Viewer } from "@/lib/domain/auth/roles";
import { describeFlag } from "@/lib/domain/flags/describe-flag";
import { redFlagActions } from "@/lib/domain/flags/flag-actions";
import { countByKind, filterFlags } from "@/lib/domain/flags/filter-flags";
import { flagLinkHref } from "@/lib/domain/flags/flag-links";
import type { RedFlag } from "@/lib/domain/flags/types";
import type { ListRedFlagsQuery } from "@/lib/validation/flags";
import type { RedFlagListView, RedFlagView } from "@/lib/validation/views/flags";
import { computeRegionFlags, loadReviews, type RegionFlags } from "./compute-region-flags";

/** The regions where the viewer may do `action` on flags; 403 when there is none. */
export const readableRegions = (viewer: Viewer, action: "red_flag.read" | "red_flag.review") => {
  const regionIds = regionsWhere(viewer, action);
  if (regionIds.length === 0) authorize(viewer, action, { regionId: "-" });
  return regionIds;
};

type Review = Awaited<ReturnType<typeof loadReviews>> extends Map<string, infer R> ? R : never;

export const toFlagView = (viewer: Viewer, region: RegionFlags, flag: RedFlag, review: Review | undefined): RedFlagView => ({
  key: flag.key,
  kind: flag.kind,
  fiscalYear: flag.fiscalYear,
  regionId: region.regionId,
  opds: flag.opdIds.map((id) => ({ id, name: region.opds.get(id)?.name ?? id })),
  at: flag.at,
  message: describeFlag(flag),
  params: flag.params,
  links: flag.links.map((l) => ({ type: l.type, id: l.id, label: l.label, href: flagLinkHref(l) })),
  review: review ? { note: review.note, reviewerName: review.reviewerName, reviewedAt: review.reviewedAt } : null,
  actions: redFlagActions(viewer, { regionId: region.regionId, reviewed: review !== undefined }),
});

/**
 * The red flags of a fiscal year in the viewer's regions (red_flag.read: auditors and admins, region-wide),
 * recomputed on every call, each with its stored review; filtered by kind, OPD and review state. `total` and
 * `counts` are before the filter, so the page can show what the filter hides.
 */
export const listRedFlags = async (viewer: Viewer | null, query: ListRedFlagsQuery, now: Date = new Date()): Promise<RedFlagListView> => {
  if (!viewer) authorize(viewer, "red_flag.read");
  const regionIds = readableRegions(viewer, "red_flag.read");
  const [regions, reviews] = await Promise.all([Promise.all(regionIds.map((id) => computeRegionFlags(db, id, query.year, now))), loadReviews(db, regionIds)]);
  const all = regions.flatMap((region) => region.flags.map((flag) => ({ region, flag, review: reviews.get(`${region.regionId}|${flag.key}`) })));
  const reviewedKeys = new Set(all.filter((f) => f.review).map((f) => f.flag.key));
  const shown = new Set(filterFlags(all.map((f) => f.flag), { kind: query.kind, opdId: query.opd, reviewed: query.reviewed }, reviewedKeys));
  return {
    fiscalYear: query.year,
    total: all.length,
    counts: countByKind(all.map((f) => f.flag)),
    flags: all.filter((f) => shown.has(f.flag)).map((f) => toFlagView(viewer, f.region, f.flag, f.review)),
  };
};
