import "server-only";
import { randomUUID } from "node:crypto";
import sharp, { type Metadata } from "sharp";
import { AppError } from "@/lib/errors";
import type { FileStorage } from "@/lib/storage/storage";
import { checkUpload, extensionFor, MAX_DOCUMENT_BYTES, MAX_PHOTO_BYTES } from "@/lib/domain/files/sniff";

export const THUMBNAIL_WIDTH = 480;

const tooLarge = (kind: "photo" | "document") =>
  new AppError(
    "payload_too_large",
    kind === "photo"
      ? { id: `Foto terlalu besar (maks. ${MAX_PHOTO_BYTES / 1024 / 1024} MB).`, en: `Photo too large (max ${MAX_PHOTO_BYTES / 1024 / 1024} MB).` }
      : { id: `Dokumen terlalu besar (maks. ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB).`, en: `Document too large (max ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB).` },
  );

const unsupported = (kind: "photo" | "document") =>
  new AppError(
    "unsupported_media_type",
    kind === "photo"
      ? { id: "Foto harus berupa JPEG, PNG, atau WebP.", en: "Photos must be JPEG, PNG or WebP." }
      : { id: "Dokumen harus berupa PDF, JPEG, atau PNG.", en: "Documents must be PDF, JPEG or PNG." },
  );

/** Throws 413/415 unless the bytes are an accepted kind within its size limit; returns the real type. */
export const assertUpload = (bytes: Uint8Array, kind: "photo" | "document") => {
  const check = checkUpload(bytes, kind);
  if (check.ok) return check.type;
  if (check.reason === "too_large") throw tooLarge(kind);
  throw unsupported(kind);
};

export type StoredPhoto = { key: string; thumbnailKey: string; contentType: string; width: number; height: number };

/**
 * Stores the original and a WebP thumbnail (480 px wide, never enlarged). A file that sniffs as an image
 * but does not decode is refused as unsupported; on any failure nothing written stays behind.
 */
export const storePhoto = async (storage: FileStorage, prefix: string, bytes: Uint8Array): Promise<StoredPhoto> => {
  const type = assertUpload(bytes, "photo");
  const id = randomUUID();
  const key = `${prefix}/${id}.${extensionFor(type)}`;
  const thumbnailKey = `${prefix}/${id}-thumb.webp`;
  let meta: Metadata;
  let thumb: Buffer;
  try {
    const image = sharp(bytes, { limitInputPixels: 40_000_000 }).rotate();
    meta = await image.metadata();
    thumb = await image.resize({ width: THUMBNAIL_WIDTH, withoutEnlargement: true }).webp({ quality: 75 }).toBuffer();
  } catch {
    throw unsupported("photo");
  }
  try {
    await storage.put(key, bytes, type);
    await storage.put(thumbnailKey, thumb, "image/webp");
  } catch (error) {
    await Promise.allSettled([storage.delete(key), storage.delete(thumbnailKey)]);
    throw error;
  }
  return { key, thumbnailKey, contentType: type, width: meta.width ?? 0, height: meta.height ?? 0 };
};

/** Stores a certification document (PDF/JPEG/PNG) as is. */
export const storeDocument = async (storage: FileStorage, prefix: string, bytes: Uint8Array) => {
  const type = assertUpload(bytes, "document");
  const key = `${prefix}/${randomUUID()}.${extensionFor(type)}`;
  await storage.put(key, bytes, type);
  return { key, contentType: type };
};
