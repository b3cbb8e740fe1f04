import { apiRoute } from "@/lib/api/handler";
import { readMediaFile } from "@/lib/services/media/read-media-file";
import { contentTypeOfKey } from "@/lib/storage/storage";

/**
 * Serves stored files. Photos of verified businesses are public and immutable (a new photo gets a new key),
 * so they cache for a year. Certification documents, and photos of a business that is not verified (shown
 * only to its sellers and admins), are private: never kept by a shared cache, and not by the browser either,
 * since the answer changes with who is signed in and with the business's status.
 */
export const GET = apiRoute<{ key: string[] }>(async ({ viewer, params }) => {
  const key = params.key.join("/");
  const { bytes, access, isDocument } = await readMediaFile(viewer, key);
  return new Response(Buffer.from(bytes), {
    headers: {
      "content-type": contentTypeOfKey(key),
      "content-length": String(bytes.length),
      "x-content-type-options": "nosniff",
      "cache-control": access === "public" ? "public, max-age=31536000, immutable" : "private, no-store",
      ...(access === "private" ? { vary: "Cookie, Authorization" } : {}),
      ...(isDocument ? { "content-disposition": "inline" } : {}),
    },
  });
});
