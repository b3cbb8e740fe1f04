import { apiRoute } from "@/lib/api/handler";
import { recordPackageFileName, releasePackageQuerySchema } from "@/lib/services/ocds/release-package-query";
import { parseQuery } from "@/lib/validation/procurement";
import { ocdsPackageResponse } from "../_lib/package-response";

export const dynamic = "force-dynamic";

/** GET /api/v1/ocds/record-package?fiscalYear=YYYY[&download=1] — public OCDS 1.1 records with compiled releases, streamed. */
export const GET = apiRoute(async ({ request }) => {
  const query = parseQuery(releasePackageQuerySchema, request);
  return ocdsPackageResponse(request, query, "records", recordPackageFileName(query.fiscalYear));
});
