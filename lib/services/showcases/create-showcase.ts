import "server-only";
import { db } from "@/db/client";
import { insertShowcase } from "@/db/queries/showcases";
import { authorize } from "@/lib/auth/authorize";
import { actorOf } from "@/lib/domain/audit/audit-event";
import type { Viewer } from "@/lib/domain/auth/roles";
import { conflict, isUniqueViolation } from "@/lib/errors";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import type { CreateShowcaseInput } from "@/lib/validation/showcases";
import { SHOWCASE_MESSAGES } from "./messages";

/** Creates a draft Etalase in the admin's province; a slug already used anywhere is 409 `showcase_slug_taken`. */
export const createShowcase = async (viewer: Viewer | null, regionId: string, input: CreateShowcaseInput) => {
  authorize(viewer, "showcase.manage", { regionId });
  try {
    return await db.transaction(async (tx) => {
      const { id } = await insertShowcase(tx, { ...input, regionId });
      await appendAuditEvent(tx, { actor: actorOf(viewer), action: "showcase.created", entity: "showcase", entityId: id, data: { ...input, regionId } });
      return { id, slug: input.slug, status: "draft" as const };
    });
  } catch (error) {
    if (isUniqueViolation(error, "showcases_slug_unique")) throw conflict("showcase_slug_taken", SHOWCASE_MESSAGES.slugTaken);
    throw error;
  }
};
