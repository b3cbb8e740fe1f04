import { apiRoute } from "@/lib/api/handler";
import { getStorefrontQrPng } from "@/lib/services/storefront/get-storefront-qr";

export const dynamic = "force-dynamic";

/** The storefront's address as a QR code (PNG); a day of caching, as the address never changes. */
export const GET = apiRoute<{ slug: string }>(async ({ params }) => {
  const png = await getStorefrontQrPng(params.slug);
  return new Response(new Uint8Array(png), {
    headers: { "content-type": "image/png", "content-length": String(png.length), "cache-control": "public, max-age=86400", "x-content-type-options": "nosniff" },
  });
});
