import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { buildRecord, buildReleases } from "@/lib/domain/ocds/build-process";
import { buildRecordPackage, buildReleasePackage } from "@/lib/domain/ocds/build-release-package";
import { OCDS_EXTENSIONS } from "@/lib/domain/ocds/constants";
import { partyReferenceProblems } from "@/lib/domain/ocds/party-references";
import type { OcdsRelease } from "@/lib/domain/ocds/release-types";
import { at, CONTEXT, deliveredAndPaid, gerabahOrder, order, request } from "../fixtures/ocds/records";
import {
  coreReleaseSchema, extendedReleaseSchema, mergePatch, recordPackageErrors, releaseErrors, releasePackageErrors,
} from "../fixtures/ocds/validate";

// The builder's output against the official OCDS 1.1.5 schemas (draft-04, ajv-draft-04), with the declared
// extensions (partyScale, techniques, submissionTerms) merged in as JSON Merge Patches.

const RELEASE_PACKAGE_URI = "http://127.0.0.1:3000/api/v1/ocds/release-package?fiscalYear=2026";

const records = () => [
  request(),
  deliveredAndPaid({ method: "kkpd_card", status: "refunded", refundedAmountIdr: 50_000, refundedAt: at("2026-03-20T09:00:00") }),
  request({
    number: "PP/2026/DISPAR/000002",
    justificationCode: "no_umk_supplier",
    neededBy: null,
    orders: [order({ status: "closed" }), gerabahOrder({ status: "declined", declinedAt: at("2026-03-03T09:00:00") })],
    lastAuditAt: at("2026-03-30T09:00:00"),
  }),
];

const releases = (): OcdsRelease[] => records().flatMap((r) => buildReleases(r, CONTEXT));

const packageOf = (rs: OcdsRelease[]) => buildReleasePackage({ uri: RELEASE_PACKAGE_URI, publishedAt: new Date(), baseUrl: CONTEXT.baseUrl, releases: rs });

const recordPackage = () =>
  buildRecordPackage({
    uri: "http://127.0.0.1:3000/api/v1/ocds/record-package?fiscalYear=2026",
    publishedAt: new Date(),
    baseUrl: CONTEXT.baseUrl,
    releasePackageUri: RELEASE_PACKAGE_URI,
    records: records().map((r) => buildRecord(r, CONTEXT, RELEASE_PACKAGE_URI)),
  });

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

type Definitions = { definitions: Record<string, { properties: Record<string, Record<string, unknown>> }> };

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

  it("merge-patches the extensions in: scale enum, techniques, competitive and submission terms on the tender", () => {
    expect(mergePatch({ a: 1, b: { c: 2, d: 3 } }, { b: { c: null, e: 4 }, f: 5 })).toEqual({ a: 1, b: { d: 3, e: 4 }, f: 5 });
    const extended = extendedReleaseSchema() as unknown as Definitions;
    const details = extended.definitions.Organization!.properties.details!;
    expect(details.type).toEqual(["object", "null"]);
    expect((details.properties as { scale: { enum: unknown[] } }).scale.enum).toEqual(["micro", "sme", "small", "medium", "large", "selfEmployed", null]);
    const tender = extended.definitions.Tender!.properties;
    expect(tender.techniques).toEqual({ $ref: "#/definitions/Techniques" });
    expect(tender.submissionTerms).toEqual({ $ref: "#/definitions/SubmissionTerms" });
    // The core tender keeps its own fields.
    expect(tender.procurementMethod).toBeDefined();
  });

  it("declares one extension per merged patch", () => {
    expect(OCDS_EXTENSIONS.map((u) => u.match(/extensions\/(ocds_\w+_extension)\//)![1])).toEqual([
      "ocds_partyDetails_scale_extension",
      "ocds_techniques_extension",
      "ocds_submissionTerms_extension",
    ]);
  });
});

describe("built releases and records validate", () => {
  it("as a release package against release-package-schema.json, every release against the extended schema", () => {
    expect(releasePackageErrors(packageOf(releases()))).toEqual([]);
    for (const release of releases()) {
      expect(releaseErrors(release)).toEqual([]);
      expect(partyReferenceProblems(release)).toEqual([]);
    }
  });

  it("as a record package, each compiled release against the extended schema", () => {
    const pkg = recordPackage();
    expect(recordPackageErrors(pkg)).toEqual([]);
    for (const record of pkg.records) expect(releaseErrors(record.compiledRelease)).toEqual([]);
  });
});

describe("codelists", () => {
  const codes = (file: string) =>
    new Set(readFileSync(path.join(__dirname, "../fixtures/ocds/codelists", file), "utf8").trim().split("\n").slice(1).map((line) => line.split(",")[0]!));

  it("every release tag and party role published is a code of the OCDS codelist", () => {
    const tags = codes("releaseTag.csv");
    const roles = codes("partyRole.csv");
    expect(tags.has("contractUpdate")).toBe(true);
    for (const release of releases()) {
      for (const tag of release.tag) expect(tags).toContain(tag);
      for (const role of release.parties.flatMap((p) => p.roles)) expect(roles).toContain(role);
    }
  });
});

describe("the validator catches what it must (so the passes above mean something)", () => {
  const sample = () => clone(buildReleases(request(), CONTEXT).at(-1)!);

  it("rejects a scale outside the extension's codes, in a release and through the package", () => {
    const release = sample();
    (release.parties[1]!.details as { scale: string }).scale = "mikro";
    expect(releaseErrors(release).join("\n")).toMatch(/details\/scale must be equal to one of the allowed values/);
    expect(releasePackageErrors(packageOf([release]))).not.toEqual([]);
  });

  it("rejects a framework agreement method or catalogue policy outside the extensions' codelists", () => {
    const method = sample();
    (method.tender.techniques.frameworkAgreement as { method: string }).method = "directAward";
    expect(releaseErrors(method).join("\n")).toMatch(/techniques\/frameworkAgreement\/method must be equal to one of the allowed values/);
    const policy = sample();
    (policy.tender.submissionTerms as { electronicCatalogPolicy: string }).electronicCatalogPolicy = "yes";
    expect(releaseErrors(policy).join("\n")).toMatch(/submissionTerms\/electronicCatalogPolicy/);
    const competitive = sample();
    (competitive.tender as { competitive: unknown }).competitive = "no";
    expect(releaseErrors(competitive).join("\n")).toMatch(/tender\/competitive must be boolean/);
  });

  it("rejects money as a string, an unknown tag, a missing ocid, a non-RFC3339 date and an unknown milestone status", () => {
    const money = sample();
    (money.tender.value as { amount: unknown }).amount = "240000";
    expect(releaseErrors(money).join("\n")).toMatch(/tender\/value\/amount must be number/);

    const tag = sample();
    (tag.tag as string[]).push("paid");
    expect(releaseErrors(tag)).not.toEqual([]);

    const { ocid: _ocid, ...noOcid } = sample();
    expect(releaseErrors(noOcid).join("\n")).toMatch(/must have required property 'ocid'/);

    const date = sample();
    date.date = "2026-03-02 09:30";
    expect(releaseErrors(date).join("\n")).toMatch(/\/date must match format "date-time"/);

    const status = sample();
    (status.contracts![0]!.milestones[0] as { status: string }).status = "done";
    expect(releaseErrors(status).join("\n")).toMatch(/milestones\/0\/status must be equal to one of the allowed values/);
  });

  it("rejects a package without releases, without publisher, or with a relative uri", () => {
    const good = packageOf(releases());
    expect(releasePackageErrors({ ...good, releases: [] })).not.toEqual([]);
    const { publisher: _publisher, ...noPublisher } = good;
    expect(releasePackageErrors(noPublisher).join("\n")).toMatch(/publisher/);
    expect(releasePackageErrors({ ...good, uri: "/api/v1/ocds/release-package" }).join("\n")).toMatch(/format "uri"/);
  });

  it("rejects a record without releases, a linked release with a bad tag, and an invalid compiled release", () => {
    const good = recordPackage();
    expect(recordPackageErrors({ ...good, records: [] })).not.toEqual([]);
    const noReleases = clone(good);
    delete (noReleases.records[0] as { releases?: unknown }).releases;
    expect(recordPackageErrors(noReleases).join("\n")).toMatch(/must have required property 'releases'/);
    const badTag = clone(good);
    (badTag.records[0]!.releases[0]!.tag as string[]) = ["paid"];
    expect(recordPackageErrors(badTag)).not.toEqual([]);
    const badCompiled = clone(good);
    (badCompiled.records[0]!.compiledRelease.tender.value as { amount: unknown }).amount = "1";
    expect(recordPackageErrors(badCompiled).join("\n")).toMatch(/compiledRelease\/tender\/value\/amount must be number/);
  });
});
