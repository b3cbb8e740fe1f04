import { apiRoute } from "@/lib/api/handler";
import { getReleasePackage } from "@/lib/services/ocds/get-release-package";
import { releasePackageFileName, releasePackageQuerySchema, releasePackageUri } from "@/lib/services/ocds/release-package-query";
import { parseQuery } from "@/lib/validation/procurement";

export const dynamic = "force-dynamic";

/** GET /api/v1/ocds/release-package?fiscalYear=YYYY[&download=1] — public OCDS 1.1 open data (lib/api/openapi/ocds.ts). */
export const GET = apiRoute(async ({ request }) => {
  const query = parseQuery(releasePackageQuerySchema, request);
  const releasePackage = await getReleasePackage({ fiscalYear: query.fiscalYear, uri: releasePackageUri(request.url, query.fiscalYear) });
  const headers = new Headers({ "cache-control": "no-store" });
  if (query.download === "1") headers.set("content-disposition", `attachment; filename="${releasePackageFileName(query.fiscalYear)}"`);
  return Response.json(releasePackage, { headers });
});
