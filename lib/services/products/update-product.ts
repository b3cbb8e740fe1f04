import "server-only";
import { db } from "@/db/client";
import { findProductForWrite, updateProduct as updateProductRow } from "@/db/queries/products";
import { enqueueProductSync } from "@/db/queries/search-outbox";
import { authorize } from "@/lib/auth/authorize";
import type { Viewer } from "@/lib/domain/auth/roles";
import { canSetProductStatus } from "@/lib/domain/catalog/product-rules";
import { AppError, notFound } from "@/lib/errors";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import { actorOf } from "@/lib/domain/audit/audit-event";
import type { UpdateProductInput } from "@/lib/validation/product";
import { assertCategory, resolveOrigin } from "./product-access";
import { PRODUCT_MESSAGES } from "./messages";

/**
 * Edits a product of the caller's business (403 for anyone else's). Status moves are checked, `is_local` is
 * recomputed when the origin changes, and the product is queued for search in the same transaction.
 */
export const updateProduct = async (viewer: Viewer | null, productId: string, input: UpdateProductInput, now = new Date()) => {
  if (!viewer) throw new AppError("unauthenticated");
  return db.transaction(async (tx) => {
    const product = await findProductForWrite(tx, productId);
    if (!product) throw notFound(PRODUCT_MESSAGES.notFound);
    authorize(viewer, "product.write", { businessId: product.businessId });
    if (input.status && !canSetProductStatus(product.status, input.status)) {
      throw new AppError("conflict", {
        id: "Produk yang diarsipkan harus dijadikan draf dulu sebelum diaktifkan.",
        en: "An archived product must go back to draft before it can be activated.",
      });
    }
    if (input.categoryId) await assertCategory(tx, input.categoryId);
    const origin = input.originRegionId ? await resolveOrigin(tx, product.businessId, input.originRegionId) : null;
    const set = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
    const [updated] = await updateProductRow(tx, {
      productId,
      businessId: product.businessId,
      set: { ...set, ...(origin ? { isLocal: origin.isLocal } : {}), updatedAt: now },
    });
    await enqueueProductSync(tx, [productId]);
    await appendAuditEvent(tx, {
      actor: actorOf(viewer),
      action: input.status === "archived" ? "product.archived" : "product.updated",
      entity: "product",
      entityId: productId,
      at: now,
      data: { businessId: product.businessId, changes: set, from: product.status },
    });
    return { id: productId, status: updated!.status };
  });
};

/** Archives a product: it leaves search at once (queued in the same transaction) but stays in history. */
export const archiveProduct = (viewer: Viewer | null, productId: string, now = new Date()) =>
  updateProduct(viewer, productId, { status: "archived" }, now);
