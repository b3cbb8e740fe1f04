import { apiRoute } from "@/lib/api/handler";
import { readMediaFile } from "@/lib/services/media/read-media-file";
import { contentTypeOfKey } from "@/lib/storage/storage";

/**
 * Serves stored files. Product photos are public and immutable (a new photo gets a new key), so they cache
 * for a year; certification documents are private (who may read one is the service's can() question) and
 * never cached by shared caches.
 */
export const GET = apiRoute<{ key: string[] }>(async ({ viewer, params }) => {
  const key = params.key.join("/");
  const { bytes, isDocument } = await readMediaFile(viewer, key);
  return new Response(Buffer.from(bytes), {
    headers: {
      "content-type": contentTypeOfKey(key),
      "content-length": String(bytes.length),
      "x-content-type-options": "nosniff",
      "cache-control": isDocument ? "private, no-store" : "public, max-age=31536000, immutable",
      ...(isDocument ? { "content-disposition": "inline" } : {}),
    },
  });
});
