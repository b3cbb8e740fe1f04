import "server-only";
import { db } from "@/db/client";
import { findShowcaseBySlug, publishShowcase as markPublished } from "@/db/queries/showcases";
import { authorize } from "@/lib/auth/authorize";
import { actorOf } from "@/lib/domain/audit/audit-event";
import type { Viewer } from "@/lib/domain/auth/roles";
import { showcaseActions } from "@/lib/domain/exposure/showcase-actions";
import { conflict, notFound } from "@/lib/errors";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import { assertShowcaseSlug, SHOWCASE_MESSAGES } from "./messages";

/**
 * Publishes a draft Etalase: from now it is public and its rotation and the lift of its members count from this
 * moment (members added while drafting are featured from now, not from when they were added).
 */
export const publishShowcase = async (viewer: Viewer | null, slug: string, now = new Date()) => {
  assertShowcaseSlug(slug);
  return db.transaction(async (tx) => {
    const showcase = await findShowcaseBySlug(tx, { slug, forUpdate: true });
    if (!showcase) throw notFound(SHOWCASE_MESSAGES.notFound);
    authorize(viewer, "showcase.manage", { regionId: showcase.regionId });
    if (!showcaseActions(viewer, showcase).publish) throw conflict("showcase_not_draft", SHOWCASE_MESSAGES.notDraft);
    await markPublished(tx, { id: showcase.id, regionId: showcase.regionId, at: now });
    await appendAuditEvent(tx, { actor: actorOf(viewer), action: "showcase.published", entity: "showcase", entityId: showcase.id, data: { slug } });
    return { id: showcase.id, slug, status: "published" as const, publishedAt: now.toISOString() };
  });
};
