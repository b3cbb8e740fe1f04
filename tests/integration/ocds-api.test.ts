import { partyReferenceProblems } from "@/lib/domain/ocds/party-references";
import { emptyValuePaths } from "@/lib/domain/ocds/empty-values";
import type { OcdsRecordPackage, OcdsReleasePackage } from "@/lib/domain/ocds/release-types";
import { HttpSession } from "../setup/http-session";
import { recordPackageErrors, releaseErrors, releasePackageErrors } from "../fixtures/ocds/validate";

// The public open-data endpoint over HTTP against the production build and the seeded app database,
// without signing in.

const year = Number(new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 4));
const path = (query: string) => `/api/v1/ocds/release-package${query}`;

const expectError = async (response: Response, status: number, code: string) => {
  expect(response.status).toBe(status);
  const body = (await response.json()) as { error: { code: string; message: string; details?: unknown } };
  expect(body.error).toEqual(expect.objectContaining({ code, message: expect.any(String) }));
  return body.error;
};

describe("GET /api/v1/ocds/release-package", () => {
  it("serves the current fiscal year to anyone: a valid OCDS 1.1 package with releases", async () => {
    const session = new HttpSession();
    const response = await session.fetch(path(`?fiscalYear=${year}`));
    expect(response.status).toBe(200);
    expect(session.hasSessionCookie()).toBe(false);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(response.headers.get("content-disposition")).toBeNull();
    const body = (await response.json()) as OcdsReleasePackage;

    expect(releasePackageErrors(body)).toEqual([]);
    expect(body.releases.length).toBeGreaterThan(0);
    for (const release of body.releases) {
      expect(releaseErrors(release)).toEqual([]);
      expect(partyReferenceProblems(release)).toEqual([]);
    }
    expect(emptyValuePaths(body)).toEqual([]);
    expect(body).toMatchObject({
      version: "1.1",
      publisher: { name: "Pasar UMK — Pemerintah Provinsi NTB", scheme: "ID-KODE-WILAYAH", uid: "52" },
      license: "https://creativecommons.org/licenses/by/4.0/",
      extensions: [
        expect.stringMatching(/ocds_partyDetails_scale_extension\/.+\/extension\.json$/),
        expect.stringMatching(/ocds_techniques_extension\/.+\/extension\.json$/),
        expect.stringMatching(/ocds_submissionTerms_extension\/.+\/extension\.json$/),
      ],
    });
    expect(new URL(body.publicationPolicy).pathname).toBe("/transparansi");
    expect(new URL(body.publicationPolicy).hash).toBe("#data-terbuka");
    expect(new URL(body.uri).pathname).toBe("/api/v1/ocds/release-package");
    expect(new URL(body.uri).search).toBe(`?fiscalYear=${year}`);
    expect(Math.abs(Date.parse(body.publishedDate) - Date.now())).toBeLessThan(10 * 60_000);
    // Seeded sellers are mostly UMK: their scale reaches the open data.
    const scales = new Set(body.releases.flatMap((r) => r.parties.flatMap((p) => (p.details ? [p.details.scale] : []))));
    expect(scales.has("micro") || scales.has("small")).toBe(true);
    expect(body.releases.every((r) => r.parties.some((p) => p.roles.includes("buyer")))).toBe(true);
  });

  it("serves the record package: one record per process, releases linked into the release package, compiled releases valid", async () => {
    const response = await new HttpSession().fetch(`/api/v1/ocds/record-package?fiscalYear=${year}`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as OcdsRecordPackage;
    expect(recordPackageErrors(body)).toEqual([]);
    expect(emptyValuePaths(body)).toEqual([]);
    expect(new URL(body.packages[0]!).pathname).toBe("/api/v1/ocds/release-package");
    expect(new Set(body.records.map((r) => r.ocid)).size).toBe(body.records.length);
    for (const record of body.records) {
      expect(record.compiledRelease.tag).toEqual(["compiled"]);
      expect(record.releases.every((l) => l.url.startsWith(`${body.packages[0]}#`))).toBe(true);
      expect(record.releases.at(-1)!.date).toBe(record.compiledRelease.date);
    }
  });

  it("answers as a file download with download=1, keeping the package uri free of it", async () => {
    const response = await new HttpSession().fetch(path(`?fiscalYear=${year}&download=1`));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="ocds-pasar-umk-${year}.json"`);
    const body = (await response.json()) as OcdsReleasePackage;
    expect(new URL(body.uri).searchParams.has("download")).toBe(false);
  });

  it.each([["" ], ["?fiscalYear=26"], ["?fiscalYear=abcd"], ["?fiscalYear=2026.0"], ["?fiscalYear=%202026"], ["?fiscalYear=1999"], [`?fiscalYear=${year}&download=yes`]])(
    "refuses %s with 400 and a detail per parameter",
    async (query) => {
      const error = await expectError(await new HttpSession().fetch(path(query)), 400, "bad_request");
      expect(Array.isArray(error.details)).toBe(true);
    },
  );

  it("answers 404 for a valid year without orders, in English when asked", async () => {
    const response = await new HttpSession().fetch(path("?fiscalYear=2001"), { headers: { "accept-language": "en" } });
    const error = await expectError(response, 404, "not_found");
    expect(error.message).toMatch(/fiscal year 2001/);
  });
});
