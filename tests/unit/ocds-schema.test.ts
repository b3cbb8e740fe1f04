import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { buildRelease } from "@/lib/domain/ocds/build-release";
import { buildReleasePackage } from "@/lib/domain/ocds/build-release-package";
import { partyReferenceProblems } from "@/lib/domain/ocds/party-references";
import type { OcdsRelease } from "@/lib/domain/ocds/release-types";
import { at, deliveredAndPaid, gerabahOrder, order, request } from "../fixtures/ocds/records";
import { coreReleaseSchema, extendedReleaseSchema, mergePatch, releaseErrors, releasePackageErrors } from "../fixtures/ocds/validate";

// The builder's output against the official OCDS 1.1.5 schemas (draft-04, ajv-draft-04), with the partyScale
// extension merged in as a JSON Merge Patch.

const releases = (): OcdsRelease[] => [
  buildRelease(request()),
  buildRelease(deliveredAndPaid({ method: "kkpd_card", status: "refunded", refundedAmountIdr: 50_000, refundedAt: at("2026-03-20T09:00:00") })),
  buildRelease(
    request({
      number: "PP/2026/DISPAR/000002",
      justificationCode: "no_umk_supplier",
      orders: [order({ status: "closed" }), gerabahOrder({ status: "declined", declinedAt: at("2026-03-03T09:00:00") })],
    }),
  ),
];

const packageOf = (rs: OcdsRelease[]) =>
  buildReleasePackage({ uri: "http://127.0.0.1:3000/api/v1/ocds/release-package?fiscalYear=2026", publishedAt: new Date(), releases: rs });

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe("the schema files", () => {
  it("are the exact bytes SOURCES.md names (OCDS 1.1.5 release schema declares its 1__1__5 id)", () => {
    const schema = coreReleaseSchema();
    expect(schema.id).toBe("https://standard.open-contracting.org/schema/1__1__5/release-schema.json");
    expect(schema.$schema).toBe("http://json-schema.org/draft-04/schema#");
    // Hashes of the files as copied from ../shared/ocds: an accidental edit of a schema fails here.
    const sha256 = (file: string) => createHash("sha256").update(readFileSync(path.join(__dirname, "../fixtures/ocds", file))).digest("hex");
    expect(sha256("release-package-schema.json")).toBe("06577cec73cc16eca0cac331a7ea9ee9cd684b21c55f5f0711f7442623153698");
    expect(sha256("release-schema.json")).toBe("fac192e1ccfb061f5164bdb2d64c29e517c0f81661996b97de40cebc55a2c1bc");
    expect(sha256("partyScale_extension/release-schema.json")).toBe("c33d0850d2acb7306ac47cdf892656dd96106e9b9d69b4a0aef25dbc5112accf");
  });

  it("merge-patches the extension in: details gains the closed scale enum, nothing else changes", () => {
    expect(mergePatch({ a: 1, b: { c: 2, d: 3 } }, { b: { c: null, e: 4 }, f: 5 })).toEqual({ a: 1, b: { d: 3, e: 4 }, f: 5 });
    const extended = extendedReleaseSchema() as { definitions: { Organization: { properties: { details: Record<string, unknown> } } } };
    const details = extended.definitions.Organization.properties.details;
    expect(details.type).toEqual(["object", "null"]);
    expect((details.properties as { scale: { enum: unknown[] } }).scale.enum).toEqual(["micro", "sme", "small", "medium", "large", "selfEmployed", null]);
  });
});

describe("built releases validate", () => {
  it("as a release package against release-package-schema.json", () => {
    expect(releasePackageErrors(packageOf(releases()))).toEqual([]);
  });

  it("each against the release schema with the partyScale extension, with consistent party references", () => {
    for (const release of releases()) {
      expect(releaseErrors(release)).toEqual([]);
      expect(partyReferenceProblems(release)).toEqual([]);
    }
  });
});

describe("the validator catches what it must (so the passes above mean something)", () => {
  it("rejects a scale outside the extension's codes, in a release and through the package", () => {
    const release = clone(buildRelease(request()));
    (release.parties[1]!.details as { scale: string }).scale = "mikro";
    expect(releaseErrors(release).join("\n")).toMatch(/details\/scale must be equal to one of the allowed values/);
    expect(releasePackageErrors(packageOf([release]))).not.toEqual([]);
  });

  it("rejects money as a string, an unknown tag, a missing ocid and a non-RFC3339 date", () => {
    const money = clone(buildRelease(request()));
    (money.tender.value as { amount: unknown }).amount = "240000";
    expect(releaseErrors(money).join("\n")).toMatch(/tender\/value\/amount must be number/);

    const tag = clone(buildRelease(request()));
    (tag.tag as string[]).push("paid");
    expect(releaseErrors(tag)).not.toEqual([]);

    const { ocid: _ocid, ...noOcid } = clone(buildRelease(request()));
    expect(releaseErrors(noOcid).join("\n")).toMatch(/must have required property 'ocid'/);

    const date = clone(buildRelease(request()));
    date.date = "2026-03-02 09:30";
    expect(releaseErrors(date).join("\n")).toMatch(/\/date must match format "date-time"/);
  });

  it("rejects a package without releases, without publisher, or with a relative uri", () => {
    const good = packageOf(releases());
    expect(releasePackageErrors({ ...good, releases: [] })).not.toEqual([]);
    const { publisher: _publisher, ...noPublisher } = good;
    expect(releasePackageErrors(noPublisher).join("\n")).toMatch(/publisher/);
    expect(releasePackageErrors({ ...good, uri: "/api/v1/ocds/release-package" }).join("\n")).toMatch(/format "uri"/);
  });
});
