import { AppError } from "@/lib/errors";

/**
 * The one reader of JSON request bodies. Requiring application/json matters for CSRF: a cross-origin HTML form
 * or a "simple" fetch can only send text/plain, urlencoded or multipart, so refusing those closes that door.
 */
export const readJsonBody = async (request: Request): Promise<unknown> => {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/json\s*(;|$)/i.test(type.trim())) {
    throw new AppError("unsupported_media_type", { id: "Kirim isi permintaan sebagai application/json.", en: "Send the request body as application/json." });
  }
  const text = await request.text();
  if (text.trim() === "") {
    throw new AppError("bad_request", { id: "Isi permintaan kosong; kirim JSON, misalnya {}.", en: "The request body is empty; send JSON, e.g. {}." });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AppError("bad_request", { id: "Isi permintaan harus JSON yang valid.", en: "The request body must be valid JSON." });
  }
};
