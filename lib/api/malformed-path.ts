import { AppError, toErrorBody, type Locale } from "@/lib/errors";

/**
 * True when a raw request path has percent-encoding that does not decode to UTF-8 (`/media/%c0`, a lone `%`).
 * Next decodes route params before any handler runs and answers such a path with a bare 500, so the proxy
 * asks this first.
 */
export const hasMalformedPercentEncoding = (rawPath: string) => {
  try {
    decodeURIComponent(rawPath);
    return false;
  } catch {
    return true;
  }
};

const MALFORMED_PATH = { id: "Alamat (URL) memuat kode persen yang rusak.", en: "The URL path has malformed percent-encoding." };

/** The usual error body, 400 `bad_request`, for a path that cannot be decoded. */
export const malformedPathResponse = (locale: Locale) =>
  Response.json(toErrorBody(new AppError("bad_request", MALFORMED_PATH, [{ path: "path", code: "malformed_percent_encoding", message: MALFORMED_PATH[locale] }]), locale), { status: 400 });
