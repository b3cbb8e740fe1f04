import "server-only";
import { db } from "@/db/client";
import { findBusinessVisibility } from "@/db/queries/businesses";
import { findProductsForPurchase } from "@/db/queries/products";
import { findShowcaseBySlug, insertShowcaseMember } from "@/db/queries/showcases";
import { authorize } from "@/lib/auth/authorize";
import { actorOf } from "@/lib/domain/audit/audit-event";
import type { Viewer } from "@/lib/domain/auth/roles";
import { conflict, isUniqueViolation, notFound, unprocessable } from "@/lib/errors";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import type { AddShowcaseMemberInput } from "@/lib/validation/showcases";
import { assertShowcaseSlug, SHOWCASE_MESSAGES } from "./messages";

/**
 * Adds a verified business of the showcase's province (optionally one of its active products) at the end of the
 * collection. Its lift is measured from `featuredAt`: now if the showcase is published, else from publishing.
 * 422 `business_not_eligible` / `product_not_of_business`; 409 `already_member`.
 */
export const addShowcaseMember = async (viewer: Viewer | null, slug: string, input: AddShowcaseMemberInput, now = new Date()) => {
  assertShowcaseSlug(slug);
  try {
    return await db.transaction(async (tx) => {
      const showcase = await findShowcaseBySlug(tx, { slug, forUpdate: true });
      if (!showcase) throw notFound(SHOWCASE_MESSAGES.notFound);
      authorize(viewer, "showcase.manage", { regionId: showcase.regionId });
      const business = await findBusinessVisibility(tx, input.businessId);
      if (!business || business.provinceId !== showcase.regionId || business.verificationStatus !== "verified") {
        throw unprocessable("business_not_eligible", SHOWCASE_MESSAGES.businessNotVerified, { field: "businessId" });
      }
      if (input.productId) {
        const [product] = await findProductsForPurchase(tx, [input.productId]);
        if (product?.businessId !== input.businessId || product.status !== "active") {
          throw unprocessable("product_not_of_business", SHOWCASE_MESSAGES.productNotOfBusiness, { field: "productId" });
        }
      }
      const member = await insertShowcaseMember(tx, { showcaseId: showcase.id, businessId: input.businessId, productId: input.productId ?? null, featuredAt: now });
      await appendAuditEvent(tx, { actor: actorOf(viewer), action: "showcase.member_added", entity: "showcase", entityId: showcase.id, data: { slug, ...input } });
      return { id: member.id, position: member.position };
    });
  } catch (error) {
    if (isUniqueViolation(error, "showcase_members_business")) throw conflict("already_member", SHOWCASE_MESSAGES.alreadyMember);
    throw error;
  }
};
