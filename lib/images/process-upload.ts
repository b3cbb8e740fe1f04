import "server-only";
import { randomUUID } from "node:crypto";
import { AppError, unprocessable } from "@/lib/errors";
import type { FileStorage } from "@/lib/storage/storage";
import { judgeDecoded } from "@/lib/domain/files/decoded-verdict";
import { checkUpload, extensionFor, MAX_DOCUMENT_BYTES, MAX_PHOTO_BYTES, type SniffedType } from "@/lib/domain/files/sniff";
import { inspectUpload, makeThumbnail, reencodeImage } from "./decode-upload";

export { THUMBNAIL_WIDTH } from "./decode-upload";

type UploadKind = "photo" | "document" | "evidence";

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

const FORMAT_NAME: Record<SniffedType, string> = { "image/jpeg": "JPEG", "image/png": "PNG", "image/webp": "WebP", "application/pdf": "PDF" };
const NOUN: Record<UploadKind, { id: string; en: string }> = {
  photo: { id: "Foto", en: "The photo" },
  document: { id: "Dokumen", en: "The document" },
  evidence: { id: "Berkas bukti", en: "The evidence file" },
};

/** 422: the bytes start like a known type but do not decode as one (truncated, polyglot, garbage body). */
export const corruptUpload = (kind: UploadKind, type: SniffedType) =>
  unprocessable(
    "file_corrupt",
    {
      id: `${NOUN[kind].id} tidak dapat dibuka sebagai ${FORMAT_NAME[type]} yang utuh (rusak, terpotong, atau bukan ${FORMAT_NAME[type]} sungguhan). Simpan ulang berkasnya lalu unggah lagi.`,
      en: `${NOUN[kind].en} does not open as a complete ${FORMAT_NAME[type]} (damaged, cut off, or not really a ${FORMAT_NAME[type]}). Save the file again and re-upload it.`,
    },
    { contentType: type },
  );

/** Throws 413/415 unless the bytes are an accepted kind within its size limit; returns the sniffed type. */
export const assertUpload = (bytes: Uint8Array, kind: "photo" | "document") => {
  const check = checkUpload(bytes, kind);
  if (check.ok) return check.type;
  if (check.reason === "too_large") throw tooLarge(kind);
  throw unsupported(kind);
};

/** Throws 422 unless the decoder for the sniffed type accepts the bytes as a whole file of that type. */
export const assertDecodes = async (bytes: Uint8Array, type: SniffedType, kind: UploadKind) => {
  if (!judgeDecoded(type, await inspectUpload(bytes, type)).ok) throw corruptUpload(kind, type);
};

/** Size and sniffed type (413/415), then a full decode (422): the order every upload is judged in. */
export const verifyUpload = async (bytes: Uint8Array, kind: "photo" | "document") => {
  const type = assertUpload(bytes, kind);
  await assertDecodes(bytes, type, kind);
  return type;
};

export type StoredPhoto = { key: string; thumbnailKey: string; contentType: string; width: number; height: number };

/**
 * Stores the photo re-encoded from its decoded pixels (no EXIF, nothing appended) and a WebP thumbnail
 * (480 px wide, never enlarged). A file that sniffs as an image but does not decode is refused (422) before
 * anything is written; on a storage failure nothing written stays behind.
 */
export const storePhoto = async (storage: FileStorage, prefix: string, bytes: Uint8Array): Promise<StoredPhoto> => {
  const type = (await verifyUpload(bytes, "photo")) as Exclude<SniffedType, "application/pdf">;
  const id = randomUUID();
  const key = `${prefix}/${id}.${extensionFor(type)}`;
  const thumbnailKey = `${prefix}/${id}-thumb.webp`;
  let image: Awaited<ReturnType<typeof reencodeImage>>;
  let thumb: Buffer;
  try {
    image = await reencodeImage(bytes, type);
    thumb = await makeThumbnail(image.bytes);
  } catch {
    throw corruptUpload("photo", type);
  }
  try {
    await storage.put(key, image.bytes, type);
    await storage.put(thumbnailKey, thumb, "image/webp");
  } catch (error) {
    await Promise.allSettled([storage.delete(key), storage.delete(thumbnailKey)]);
    throw error;
  }
  return { key, thumbnailKey, contentType: type, width: image.width, height: image.height };
};

/**
 * Stores a certification document (PDF/JPEG/PNG) as uploaded — a permit scan is evidence, so its bytes are
 * kept — but only once it parses (PDF) or decodes (image) as what it claims to be.
 */
export const storeDocument = async (storage: FileStorage, prefix: string, bytes: Uint8Array) => {
  const type = await verifyUpload(bytes, "document");
  const key = `${prefix}/${randomUUID()}.${extensionFor(type)}`;
  await storage.put(key, bytes, type);
  return { key, contentType: type };
};
