import "server-only";
import { db } from "@/db/client";
import { findProductForWrite, findProductOwner, setProductPhotos } from "@/db/queries/products";
import { enqueueProductSync } from "@/db/queries/search-outbox";
import type { ProductPhoto } from "@/db/schema";
import { authorize } from "@/lib/auth/authorize";
import type { Viewer } from "@/lib/domain/auth/roles";
import { MAX_PRODUCT_PHOTOS } from "@/lib/domain/catalog/product-rules";
import { AppError, notFound } from "@/lib/errors";
import { assertUpload, storePhoto } from "@/lib/images/process-upload";
import { fileStorage } from "@/lib/storage";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import { actorOf } from "@/lib/domain/audit/audit-event";
import { PRODUCT_MESSAGES } from "./messages";

export const tooManyPhotos = () =>
  new AppError("unprocessable", {
    id: `Paling banyak ${MAX_PRODUCT_PHOTOS} foto per produk.`,
    en: `At most ${MAX_PRODUCT_PHOTOS} photos per product.`,
  });

/**
 * Adds photos to a product of the caller's business: every file is sniffed and size-checked before
 * anything is written; originals + thumbnails are stored, then the row is updated in one transaction, and
 * if that fails the stored files are deleted again, so nothing half-written remains.
 */
export const addProductPhotos = async (viewer: Viewer | null, productId: string, files: Uint8Array[], now = new Date()) => {
  if (!viewer) throw new AppError("unauthenticated");
  const owner = await findProductOwner(db, productId);
  if (!owner) throw notFound(PRODUCT_MESSAGES.notFound);
  authorize(viewer, "product.write", { businessId: owner.businessId });
  if (files.length === 0) throw new AppError("unprocessable", { id: "Pilih paling sedikit satu foto.", en: "Choose at least one photo." });
  for (const bytes of files) assertUpload(bytes, "photo");

  const storage = fileStorage();
  const stored: ProductPhoto[] = [];
  try {
    for (const bytes of files) stored.push(await storePhoto(storage, `products/${owner.businessId}`, bytes));
    return await db.transaction(async (tx) => {
      const product = await findProductForWrite(tx, productId);
      if (!product || product.businessId !== owner.businessId) throw notFound(PRODUCT_MESSAGES.notFound);
      const photos = [...product.photos, ...stored];
      if (photos.length > MAX_PRODUCT_PHOTOS) throw tooManyPhotos();
      await setProductPhotos(tx, { productId, businessId: product.businessId, photos });
      await enqueueProductSync(tx, [productId]);
      await appendAuditEvent(tx, {
        actor: actorOf(viewer),
        action: "product.photos_added",
        entity: "product",
        entityId: productId,
        at: now,
        data: { keys: stored.map((p) => p.key) },
      });
      return { id: productId, photos };
    });
  } catch (error) {
    await Promise.allSettled(stored.flatMap((p) => [storage.delete(p.key), storage.delete(p.thumbnailKey)]));
    throw error;
  }
};

/** Removes one photo (by its key); the files are deleted only after the row no longer points at them. */
export const removeProductPhoto = async (viewer: Viewer | null, productId: string, key: string, now = new Date()) => {
  if (!viewer) throw new AppError("unauthenticated");
  const removed = await db.transaction(async (tx) => {
    const product = await findProductForWrite(tx, productId);
    if (!product) throw notFound(PRODUCT_MESSAGES.notFound);
    authorize(viewer, "product.write", { businessId: product.businessId });
    const photo = product.photos.find((p) => p.key === key);
    if (!photo) throw new AppError("not_found", { id: "Foto tidak ditemukan.", en: "Photo not found." });
    await setProductPhotos(tx, { productId, businessId: product.businessId, photos: product.photos.filter((p) => p.key !== key) });
    await enqueueProductSync(tx, [productId]);
    await appendAuditEvent(tx, { actor: actorOf(viewer), action: "product.photo_removed", entity: "product", entityId: productId, at: now, data: { key } });
    return photo;
  });
  const storage = fileStorage();
  await Promise.allSettled([storage.delete(removed.key), storage.delete(removed.thumbnailKey)]);
};
