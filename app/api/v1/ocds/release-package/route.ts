import { apiRoute } from "@/lib/api/handler";
import { releasePackageFileName, releasePackageQuerySchema } from "@/lib/services/ocds/release-package-query";
import { parseQuery } from "@/lib/validation/procurement";
import { ocdsPackageResponse } from "../_lib/package-response";

export const dynamic = "force-dynamic";

/** GET /api/v1/ocds/release-package?fiscalYear=YYYY[&download=1] — public OCDS 1.1 releases, streamed (lib/api/openapi/ocds.ts). */
export const GET = apiRoute(async ({ request }) => {
  const query = parseQuery(releasePackageQuerySchema, request);
  return ocdsPackageResponse(request, query, "releases", releasePackageFileName(query.fiscalYear));
});
