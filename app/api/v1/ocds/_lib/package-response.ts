import { streamOcdsPackage, type OcdsExportInput } from "@/lib/services/ocds/export-ocds";
import { siblingReleasePackageUri, siteOrigin, releasePackageUri } from "@/lib/services/ocds/release-package-query";

/**
 * A package streamed as it is written (lib/services/ocds/export-ocds.ts): the body is pulled page by page, so
 * a year of 100k processes never sits in memory; a client that hangs up stops the export and its transaction.
 */
export const ocdsPackageResponse = async (
  request: Request,
  query: { fiscalYear: number; download?: "0" | "1" },
  kind: OcdsExportInput["kind"],
  fileName: string,
) => {
  const chunks = await streamOcdsPackage({
    fiscalYear: query.fiscalYear,
    kind,
    uri: releasePackageUri(request.url, query.fiscalYear),
    releasePackageUri: siblingReleasePackageUri(request.url, query.fiscalYear),
    baseUrl: siteOrigin(request.url),
  });
  const iterator = chunks[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await iterator.return?.(undefined);
    },
  });
  const headers = new Headers({ "content-type": "application/json; charset=utf-8", "cache-control": "no-store" });
  if (query.download === "1") headers.set("content-disposition", `attachment; filename="${fileName}"`);
  return new Response(body, { headers });
};
