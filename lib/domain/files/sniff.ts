/** Content types we accept, decided by magic bytes, never by file name or the browser's claim. */
export type SniffedType = "image/jpeg" | "image/png" | "image/webp" | "application/pdf";

export const PHOTO_TYPES: readonly SniffedType[] = ["image/jpeg", "image/png", "image/webp"];
export const DOCUMENT_TYPES: readonly SniffedType[] = ["image/jpeg", "image/png", "application/pdf"];
export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) =>
  bytes.length >= offset + signature.length && signature.every((b, i) => bytes[offset + i] === b);

/** Pure: the real type of the bytes, or null when they are none of the accepted kinds. */
export const sniffContentType = (bytes: Uint8Array): SniffedType | null => {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) return "image/webp";
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return "application/pdf";
  return null;
};

export const extensionFor = (type: SniffedType) =>
  ({ "image/jpeg": "jpg", "image/png": "png", "image/webp": "webp", "application/pdf": "pdf" })[type];

export type UploadCheck =
  | { ok: true; type: SniffedType }
  | { ok: false; reason: "too_large" | "unsupported" | "empty" };

/** Pure: size first (413), then content (415). */
export const checkUpload = (bytes: Uint8Array, kind: "photo" | "document"): UploadCheck => {
  if (bytes.length === 0) return { ok: false, reason: "empty" };
  if (bytes.length > (kind === "photo" ? MAX_PHOTO_BYTES : MAX_DOCUMENT_BYTES)) return { ok: false, reason: "too_large" };
  const type = sniffContentType(bytes);
  if (!type || !(kind === "photo" ? PHOTO_TYPES : DOCUMENT_TYPES).includes(type)) return { ok: false, reason: "unsupported" };
  return { ok: true, type };
};
