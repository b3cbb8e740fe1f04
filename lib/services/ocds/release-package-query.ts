import { z } from "zod";

/**
 * `?fiscalYear=YYYY[&download=1]`. The year must be written with four digits (no "26", no "2026.0") and lie
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

export const releasePackageFileName = (fiscalYear: number) => `ocds-pasar-umk-${fiscalYear}.json`;
