import { AppError } from "@/lib/errors";

/** A SIDT file is small (one line per participant): 1 MB is thousands of lines. */
export const MAX_CSV_BYTES = 1_000_000;

/**
 * Reads a text/csv request body. Like readJsonBody it refuses other types, and it refuses an oversize body
 * before decoding it.
 */
export const readCsvBody = async (request: Request): Promise<string> => {
  const type = (request.headers.get("content-type") ?? "").trim();
  if (!/^text\/csv\s*(;|$)/i.test(type)) {
    throw new AppError("unsupported_media_type", { id: "Kirim berkas sebagai text/csv.", en: "Send the file as text/csv." });
  }
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_CSV_BYTES) throw new AppError("payload_too_large");
  const bytes = new Uint8Array(await request.arrayBuffer());
  if (bytes.byteLength > MAX_CSV_BYTES) throw new AppError("payload_too_large");
  return new TextDecoder("utf-8").decode(bytes);
};
