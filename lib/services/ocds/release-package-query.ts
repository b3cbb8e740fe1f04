import { z } from "zod";

/**
 * `?fiscalYear=YYYY[&download=1]` (release and record packages alike). The year must be written with four digits (no "26", no "2026.0") and lie
 * in the range budget lines accept; anything else is a 400 from parseQuery.
 */
export const releasePackageQuerySchema = z.object({
  fiscalYear: z
    .string()
    .regex(/^\d{4}$/, "fiscalYear must be a four-digit year, e.g. 2026")
    .transform(Number)
    .pipe(z.number().int().min(2000).max(2100))
    .describe("Fiscal year (calendar year in WITA) in which the orders were placed, four digits."),
  download: z.enum(["0", "1"]).optional().describe("1: answer as a file download (Content-Disposition: attachment)."),
});

export type ReleasePackageQuery = z.infer<typeof releasePackageQuerySchema>;

/** The package's own URI: this endpoint for this year, without presentation-only parameters such as download. */
export const releasePackageUri = (requestUrl: string, fiscalYear: number) => {
  const url = new URL(requestUrl);
  url.search = new URLSearchParams({ fiscalYear: String(fiscalYear) }).toString();
  url.hash = "";
  return url.toString();
};

export const RELEASE_PACKAGE_PATH = "/api/v1/ocds/release-package";
export const RECORD_PACKAGE_PATH = "/api/v1/ocds/record-package";

/** The release package of the same year on the same site (a record package's releases link into it). */
export const siblingReleasePackageUri = (requestUrl: string, fiscalYear: number) =>
  releasePackageUri(new URL(RELEASE_PACKAGE_PATH, requestUrl).toString(), fiscalYear);

/** The site's origin, under which documents and the publication policy are linked. */
export const siteOrigin = (requestUrl: string) => new URL(requestUrl).origin;

export const releasePackageFileName = (fiscalYear: number) => `ocds-pasar-umk-${fiscalYear}.json`;
export const recordPackageFileName = (fiscalYear: number) => `ocds-pasar-umk-${fiscalYear}-records.json`;
