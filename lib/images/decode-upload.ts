import "server-only";
import { PDFDocument } from "pdf-lib";
import sharp, { type SharpOptions } from "sharp";
import type { DecodedFacts } from "@/lib/domain/files/decoded-verdict";
import type { SniffedType } from "@/lib/domain/files/sniff";

// The only place the decoders (sharp, pdf-lib) are called on uploads: services ask these functions and let
// lib/domain/files/decoded-verdict.ts judge the answer.

export const THUMBNAIL_WIDTH = 480;

/** 40 MP is more than any phone camera; beyond it a "photo" is a decompression bomb. */
const SHARP_INPUT: SharpOptions = { limitInputPixels: 40_000_000, failOn: "error" };

/**
 * Decodes every pixel (at JPEG's 1/8 shrink-on-load where it can, so a 5 MB photo stays cheap): libvips reads
 * the whole entropy stream either way, so a truncated file or a body that is not image data fails here.
 */
const inspectImage = async (bytes: Uint8Array): Promise<DecodedFacts> => {
  try {
    const meta = await sharp(bytes, SHARP_INPUT).metadata();
    await sharp(bytes, SHARP_INPUT).resize({ width: 64, withoutEnlargement: true }).raw().toBuffer();
    return { kind: "image", format: meta.format ?? "", width: meta.width ?? 0, height: meta.height ?? 0 };
  } catch {
    return null;
  }
};

/**
 * Parses the document's object graph and page tree. Encrypted PDFs (password-protected scans are common
 * for permits) still parse with ignoreEncryption; updateMetadata:false keeps the load read-only.
 */
const inspectPdf = async (bytes: Uint8Array): Promise<DecodedFacts> => {
  try {
    const doc = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false, throwOnInvalidObject: true });
    return { kind: "pdf", pageCount: doc.getPageCount() };
  } catch {
    return null;
  }
};

/** What the decoder for the sniffed type makes of the bytes; null when it refuses them. */
export const inspectUpload = (bytes: Uint8Array, type: SniffedType): Promise<DecodedFacts> =>
  type === "application/pdf" ? inspectPdf(bytes) : inspectImage(bytes);

/** A 480-px-wide WebP preview (never enlarged), upright by the EXIF orientation. */
export const makeThumbnail = (bytes: Uint8Array): Promise<Buffer> =>
  sharp(bytes, SHARP_INPUT).rotate().resize({ width: THUMBNAIL_WIDTH, withoutEnlargement: true }).webp({ quality: 75 }).toBuffer();

/**
 * The image re-encoded in its own format from its decoded pixels: what is published is only the picture —
 * no EXIF (a home seller's GPS position), and no bytes a polyglot hid after the image data.
 */
export const reencodeImage = async (bytes: Uint8Array, type: Exclude<SniffedType, "application/pdf">) => {
  const image = sharp(bytes, SHARP_INPUT).rotate();
  const encoded =
    type === "image/png" ? image.png({ compressionLevel: 9 }) : type === "image/webp" ? image.webp({ quality: 85 }) : image.jpeg({ quality: 85, mozjpeg: true });
  const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
  return { bytes: new Uint8Array(data), width: info.width, height: info.height };
};
