import "server-only";
import { db } from "@/db/client";
import { findStorefrontOfBusiness, updateStorefrontStory } from "@/db/queries/storefronts";
import { authorize } from "@/lib/auth/authorize";
import { actorOf } from "@/lib/domain/audit/audit-event";
import type { Viewer } from "@/lib/domain/auth/roles";
import { AppError } from "@/lib/errors";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import { ownBusinessId } from "@/lib/services/businesses/payout-account";
import { parseInput } from "@/lib/validation/messages";
import { storefrontStorySchema, type StorefrontStoryInput } from "@/lib/validation/storefront";
import { STOREFRONT_MESSAGES } from "./messages";

/**
 * The seller edits the story on their storefront. Only the business's own sellers may (`business.update`);
 * a business without a storefront yet (not verified so far) gets 409 saying when it will have one. The
 * change and its audit event (old and new length, not the text twice) are one transaction.
 */
export const saveStorefrontStory = async (viewer: Viewer | null, raw: StorefrontStoryInput, now = new Date()) => {
  const input = parseInput(storefrontStorySchema, raw);
  const businessId = ownBusinessId(viewer, input.businessId);
  authorize(viewer, "business.update", { businessId });
  return db.transaction(async (tx) => {
    const before = await findStorefrontOfBusiness(tx, { businessId });
    if (!before) throw new AppError("conflict", STOREFRONT_MESSAGES.noStorefront);
    const saved = await updateStorefrontStory(tx, { businessId, story: input.story, now });
    if (!saved) throw new AppError("not_found");
    await appendAuditEvent(tx, {
      actor: actorOf(viewer),
      action: "storefront.story_updated",
      entity: "business",
      entityId: businessId,
      at: now,
      data: { slug: saved.slug, previousLength: before.story.length, story: saved.story },
    });
    return { businessId, slug: saved.slug, story: saved.story };
  });
};

/** The seller's own storefront for the settings page: its slug and story, and whether the public can see it. */
export const getOwnStorefront = async (viewer: Viewer | null, businessId: string) => {
  authorize(viewer, "business.update", { businessId });
  const row = await findStorefrontOfBusiness(db, { businessId });
  if (!row) return null;
  return { slug: row.slug, story: row.story, isPublic: row.verificationStatus === "verified" };
};
