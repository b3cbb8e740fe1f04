import { apiRoute, requestLocale } from "@/lib/api/handler";
import { searchCatalog } from "@/lib/services/catalog/search-catalog";
import { parseProductSearchQuery } from "@/lib/validation/catalog";

export const dynamic = "force-dynamic";

/** Public catalog search; see lib/api/openapi/products.ts for the contract. */
export const GET = apiRoute(async ({ request, viewer }) => {
  const started = performance.now();
  const query = parseProductSearchQuery(request.nextUrl.searchParams, requestLocale(request));
  const result = await searchCatalog(viewer, query);
  // Server-Timing lets operators (and the bench) see the service's share of a response's time.
  const timing = `search;dur=${(performance.now() - started).toFixed(1)}${result.degraded ? ', degraded;desc="postgres fallback"' : ""}`;
  return Response.json(result, { headers: { "cache-control": "no-store", "server-timing": timing } });
});
