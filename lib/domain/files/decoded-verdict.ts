import type { SniffedType } from "./sniff";

/**
 * What the decoders (sharp for images, pdf-lib for PDFs; both behind lib/images/decode-upload.ts) found in
 * the bytes. `null` means the decoder refused them outright.
 */
export type DecodedFacts =
  | { kind: "image"; format: string; width: number; height: number }
  | { kind: "pdf"; pageCount: number }
  | null;

export type DecodedVerdict = { ok: true } | { ok: false; reason: "corrupt" };

// sharp names formats by its loaders, the sniffer by MIME type: the two must agree, or the magic bytes lied.
const SHARP_FORMAT: Record<Exclude<SniffedType, "application/pdf">, string> = {
  "image/jpeg": "jpeg",
  "image/png": "png",
  "image/webp": "webp",
};

/**
 * Pure: do the decoded bytes back up what their magic bytes claimed? An image must decode as the same
 * format with real pixels; a PDF must parse and hold at least one page. A truncated file, a polyglot whose
 * header says JPEG but whose body is something else, or a `%PDF-` header over garbage is "corrupt" (422):
 * the type was recognised (not a 415), but the file is not what it claims to be.
 */
export const judgeDecoded = (type: SniffedType, facts: DecodedFacts): DecodedVerdict => {
  if (facts === null) return { ok: false, reason: "corrupt" };
  if (type === "application/pdf") return facts.kind === "pdf" && facts.pageCount >= 1 ? { ok: true } : { ok: false, reason: "corrupt" };
  const matches = facts.kind === "image" && facts.format === SHARP_FORMAT[type] && facts.width > 0 && facts.height > 0;
  return matches ? { ok: true } : { ok: false, reason: "corrupt" };
};
