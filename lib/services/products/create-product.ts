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
import type { ProductPhoto } from "@/db/schema";
import { MAX_PRODUCT_PHOTOS } from "@/lib/domain/catalog/product-rules";
import { storePhoto, verifyUpload } from "@/lib/images/process-upload";
import { fileStorage } from "@/lib/storage";
import { tooManyPhotos } from "./product-photos";

/**
 * Creates a product for one of the caller's businesses, optionally with its first photos. It is public only
 * when active and the business is verified; either way it is queued for search in the same transaction and
 * the drain decides. Photos are checked (count, size, type, decode) before anything is written, stored
 * before the row, and deleted again if the transaction fails: no product without its photos, no orphans.
 */
export const createProduct = async (viewer: Viewer | null, input: CreateProductInput, now = new Date(), options: { photos?: Uint8Array[] } = {}) => {
  if (!viewer) throw new AppError("unauthenticated");
  const businessId = sellerBusinessId(viewer, input.businessId);
  authorize(viewer, "product.write", { businessId });
  const files = options.photos ?? [];
  if (files.length > MAX_PRODUCT_PHOTOS) throw tooManyPhotos();
  for (const bytes of files) await verifyUpload(bytes, "photo");
  const storage = fileStorage();
  const photos: ProductPhoto[] = [];
  try {
    for (const bytes of files) photos.push(await storePhoto(storage, `products/${businessId}`, bytes));
    return await insertWithPhotos(viewer, businessId, input, photos, now);
  } catch (error) {
    await Promise.allSettled(photos.flatMap((p) => [storage.delete(p.key), storage.delete(p.thumbnailKey)]));
    throw error;
  }
};

const insertWithPhotos = (viewer: Viewer, businessId: string, input: CreateProductInput, photos: ProductPhoto[], now: Date) =>
  db.transaction(async (tx) => {
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
      photos,
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
      data: { businessId, title: input.title, priceIdr: input.priceIdr, stock: input.stock, status: input.status, isLocal, ...(photos.length > 0 ? { photoKeys: photos.map((p) => p.key) } : {}) },
    });
    return { id: product.id, businessId, status: product.status, isLocal };
  });
