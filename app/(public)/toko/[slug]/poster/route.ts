import { apiRoute, requestLocale } from "@/lib/api/handler";
import { parseInput } from "@/lib/validation/messages";
import { posterQuerySchema } from "@/lib/validation/storefront";
import { getStorefrontPoster } from "@/lib/services/storefront/get-storefront-poster";

export const dynamic = "force-dynamic";

/** The storefront's QR poster as a PDF, `?size=a5` (default) or `a4`; 404 exactly when the storefront is. */
export const GET = apiRoute<{ slug: string }>(async ({ request, params }) => {
  const locale = requestLocale(request);
  const { size } = parseInput(posterQuerySchema, Object.fromEntries(new URL(request.url).searchParams), locale);
  const pdf = await getStorefrontPoster(params.slug, size, locale);
  return new Response(Buffer.from(pdf), {
    headers: {
      "content-type": "application/pdf",
      "content-length": String(pdf.length),
      "content-disposition": `inline; filename="poster-${params.slug}-${size}.pdf"`,
      "cache-control": "no-store",
    },
  });
});
