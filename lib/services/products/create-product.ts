import "server-only";
import { db } from "@/db/client";
import { insertProduct } from "@/db/queries/products";
import { enqueueProductSync } from "@/db/queries/search-outbox";
import { authorize } from "@/lib/auth/authorize";
import type { Viewer } from "@/lib/domain/auth/roles";
import { AppError } from "@/lib/errors";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import { actorOf } from "@/lib/domain/audit/audit-event";
import type { CreateProductInput } from "@/lib/validation/product";
import { assertCategory, resolveOrigin, sellerBusinessId } from "@/lib/services/products/product-access";

/**
 * Creates a product for one of the caller's businesses. It is public only when active and the business is
 * verified; either way it is queued for search in the same transaction and the drain decides.
 */
export const createProduct = async (viewer: Viewer | null, input: CreateProductInput, now = new Date()) => {
  if (!viewer) throw new AppError("unauthenticated");
  const businessId = sellerBusinessId(viewer, input.businessId);
  authorize(viewer, "product.write", { businessId });
  return db.transaction(async (tx) => {
    await assertCategory(tx, input.categoryId);
    const { isLocal } = await resolveOrigin(tx, businessId, input.originRegionId);
    const product = await insertProduct(tx, {
      businessId,
      categoryId: input.categoryId,
      title: input.title,
      description: input.description,
      unit: input.unit,
      priceIdr: input.priceIdr,
      stock: input.stock,
      minOrder: input.minOrder,
      leadTimeDays: input.leadTimeDays,
      originRegionId: input.originRegionId,
      isLocal,
      tkdnPercent: input.tkdnPercent ?? null,
      status: input.status,
      createdAt: now,
      updatedAt: now,
    });
    await enqueueProductSync(tx, [product.id]);
    await appendAuditEvent(tx, {
      actor: actorOf(viewer),
      action: "product.created",
      entity: "product",
      entityId: product.id,
      at: now,
      data: { businessId, title: input.title, priceIdr: input.priceIdr, stock: input.stock, status: input.status, isLocal },
    });
    return { id: product.id, businessId, status: product.status, isLocal };
  });
};
