import "server-only";
import { AppError } from "@/lib/errors";
import { readJsonBody } from "@/lib/api/json-body";
import { MAX_DOCUMENT_BYTES, MAX_PHOTO_BYTES } from "@/lib/domain/files/sniff";
import { MAX_PRODUCT_PHOTOS } from "@/lib/domain/catalog/product-rules";
import { assertSafeInput } from "@/lib/validation/safe-input";

/** The JSON body: one reader for every route (415 when not application/json, 400 when empty or malformed). */
export const readJson = readJsonBody;

/** Multipart bodies beyond every file at its limit (plus form overhead) are refused before being read. */
export const MAX_MULTIPART_BYTES = Math.max(MAX_PRODUCT_PHOTOS * MAX_PHOTO_BYTES, MAX_DOCUMENT_BYTES) + 64 * 1024;

export const readMultipart = async (request: Request): Promise<FormData> => {
  const length = Number(request.headers.get("content-length") ?? "0");
  if (length > MAX_MULTIPART_BYTES) throw new AppError("payload_too_large");
  if (!/^multipart\/form-data/i.test(request.headers.get("content-type") ?? "")) {
    throw new AppError("unsupported_media_type", { id: "Kirim berkas sebagai multipart/form-data.", en: "Send files as multipart/form-data." });
  }
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw new AppError("bad_request");
  }
  // The text fields (certificate numbers, dates, returnTo) get the same hygiene as every JSON field: 400.
  assertSafeInput(Object.fromEntries([...form.entries()].filter(([, v]) => typeof v === "string")));
  return form;
};

export const filesOf = async (form: FormData, field: string): Promise<Uint8Array[]> => {
  const files = form.getAll(field).filter((v): v is File => typeof v !== "string" && v.size > 0);
  return Promise.all(files.map(async (f) => new Uint8Array(await f.arrayBuffer())));
};

/** A same-site path to send a plain (no-JS) form back to; anything else is ignored. */
export const formReturnPath = (form: FormData): string | null => {
  const value = form.get("returnTo");
  return typeof value === "string" && /^\/(penjual|daftar-usaha)(\/|\?|$)/.test(value) && !value.startsWith("//") ? value : null;
};
