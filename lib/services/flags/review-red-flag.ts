import { db } from "@/db/client";
import { insertFlagReview } from "@/db/queries/flag-reviews";
import { authorize } from "@/lib/auth/authorize";
import { actorOf } from "@/lib/domain/audit/audit-event";
import { fiscalYearOfKey, kindOfKey } from "@/lib/domain/flags/types";
import { AppError, conflict, isUniqueViolation } from "@/lib/errors";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import type { Viewer } from "@/lib/domain/auth/roles";
import type { ReviewRedFlagInput } from "@/lib/validation/flags";
import { computeRegionFlags } from "./compute-region-flags";
import { readableRegions } from "./list-red-flags";
import { FLAG_MESSAGES } from "./messages";

/**
 * An auditor of the flag's region (red_flag.review) marks a flag reviewed with a note. The flag must be in its
 * year's recomputation now (404 otherwise: a key cannot be reviewed into existence); one review per flag (409 on
 * a second). The review and its audit event (with the flag's figures as they stood) are written in one transaction.
 */
export const reviewRedFlag = async (viewer: Viewer | null, key: string, input: ReviewRedFlagInput, now: Date = new Date()) => {
  if (!viewer) authorize(viewer, "red_flag.review");
  const regionIds = readableRegions(viewer, "red_flag.review");
  const fiscalYear = fiscalYearOfKey(key);
  const kind = kindOfKey(key);
  if (fiscalYear === null || kind === null) throw new AppError("not_found", FLAG_MESSAGES.notFound);
  let found: { regionId: string; flag: Awaited<ReturnType<typeof computeRegionFlags>>["flags"][number] } | undefined;
  for (const regionId of regionIds) {
    const flag = (await computeRegionFlags(db, regionId, fiscalYear, now, kind)).flags.find((f) => f.key === key);
    if (flag) {
      found = { regionId, flag };
      break;
    }
  }
  if (!found) throw new AppError("not_found", FLAG_MESSAGES.notFound);
  const { regionId, flag } = found;
  try {
    return await db.transaction(async (tx) => {
      const review = await insertFlagReview(tx, { regionId, flagKey: key, kind: flag.kind, note: input.note, reviewedBy: viewer.userId, reviewedAt: now });
      await appendAuditEvent(tx, {
        actor: actorOf(viewer),
        action: "red_flag.reviewed",
        entity: "red_flag",
        entityId: key,
        data: { regionId, kind: flag.kind, fiscalYear, note: input.note, params: flag.params, links: flag.links },
      });
      return { key, review: { note: input.note, reviewerName: viewer.name, reviewedAt: review.reviewedAt } };
    });
  } catch (error) {
    if (isUniqueViolation(error, "flag_reviews_region_key")) throw conflict("flag_already_reviewed", FLAG_MESSAGES.alreadyReviewed, { key });
    throw error;
  }
};
