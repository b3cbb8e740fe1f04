import { releasePackageFileName, releasePackageQuerySchema, releasePackageUri } from "@/lib/services/ocds/release-package-query";

describe("release-package query", () => {
  it("accepts a four-digit fiscal year within 2000–2100 and an optional download flag", () => {
    expect(releasePackageQuerySchema.parse({ fiscalYear: "2026" })).toEqual({ fiscalYear: 2026 });
    expect(releasePackageQuerySchema.parse({ fiscalYear: "2026", download: "1", other: "x" })).toEqual({ fiscalYear: 2026, download: "1" });
    for (const fiscalYear of [undefined, "", "26", "02026", "2026.0", "2026 ", "+202", "1999", "2101"]) {
      expect(releasePackageQuerySchema.safeParse({ fiscalYear }).success).toBe(false);
    }
    expect(releasePackageQuerySchema.safeParse({ fiscalYear: "2026", download: "true" }).success).toBe(false);
  });

  it("names the package by this endpoint and year only, and the download file by the year", () => {
    expect(releasePackageUri("https://pasarumk.ntbprov.go.id/api/v1/ocds/release-package?download=1&fiscalYear=2026&x=1#top", 2026)).toBe(
      "https://pasarumk.ntbprov.go.id/api/v1/ocds/release-package?fiscalYear=2026",
    );
    expect(releasePackageFileName(2026)).toBe("ocds-pasar-umk-2026.json");
  });
});
