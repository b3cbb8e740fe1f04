import { buildRelease, idr, ocidOf } from "@/lib/domain/ocds/build-release";
import { buildReleasePackage } from "@/lib/domain/ocds/build-release-package";
import { DEFAULT_OCID_PREFIX, PARTY_SCALE_EXTENSION_URL } from "@/lib/domain/ocds/constants";
import { partyReferenceProblems } from "@/lib/domain/ocds/party-references";
import { toPartyScale } from "@/lib/domain/ocds/party-scale";
import type { OcdsRelease } from "@/lib/domain/ocds/release-types";
import { at, deliveredAndPaid, GERABAH, gerabahOrder, order, request, TENUN } from "../fixtures/ocds/records";

const partyOf = (release: OcdsRelease, id: string) => release.parties.find((p) => p.id === id);
const sellerParty = (release: OcdsRelease, nib: string) => release.parties.find((p) => p.identifier?.id === nib)!;

describe("scale and money", () => {
  it("maps PP 7/2021 scales onto the partyScale codes", () => {
    expect(toPartyScale("mikro")).toBe("micro");
    expect(toPartyScale("kecil")).toBe("small");
    expect(toPartyScale("menengah")).toBe("medium");
    expect(toPartyScale("besar")).toBe("large");
  });

  it("writes money in whole rupiah: Rp 150.000 is 150000 IDR, never minor units", () => {
    expect(idr(150_000)).toEqual({ amount: 150000, currency: "IDR" });
    expect(() => idr(1500.5)).toThrow(RangeError);
    const release = buildRelease(request());
    expect(release.tender.value).toEqual({ amount: 240000, currency: "IDR" });
    expect(release.contracts[0]!.value).toEqual({ amount: 150000, currency: "IDR" });
    expect(release.tender.items[0]!.unit.value).toEqual({ amount: 50000, currency: "IDR" });
  });
});

describe("buildRelease", () => {
  it("identifies the process by prefix and request number, and dates the release by its last change", () => {
    const release = buildRelease(request());
    expect(release.ocid).toBe(`${DEFAULT_OCID_PREFIX}-PP/2026/DISPAR/000001`);
    expect(buildRelease(request(), { ocidPrefix: "ocds-abc123" }).ocid).toBe("ocds-abc123-PP/2026/DISPAR/000001");
    expect(release.date).toBe(at("2026-03-02T09:30:00").toISOString());
    expect(release.id).toBe(`${release.ocid}-20260302T013000000Z`);
    expect(release).toMatchObject({ initiationType: "tender", language: "id", buyer: { id: "opd-1.2.03", name: "Dinas Pariwisata Provinsi NTB" } });
  });

  it("gives each state its own release id: a later payment changes id and date", () => {
    const before = buildRelease(deliveredAndPaid());
    const after = buildRelease(deliveredAndPaid({ paidAt: at("2026-04-01T10:00:00"), updatedAt: at("2026-04-01T10:00:00") }));
    expect(before.ocid).toBe(after.ocid);
    expect(before.id).not.toBe(after.id);
    expect(after.date).toBe(at("2026-04-01T10:00:00").toISOString());
  });

  it("dates a cancellation (known only to the audit trail) into the release", () => {
    const cancelled = buildRelease(request({ orders: [order({ status: "cancelled", cancelledAt: at("2026-03-04T15:00:00") }), gerabahOrder()] }));
    expect(cancelled.date).toBe(at("2026-03-04T15:00:00").toISOString());
    expect(cancelled.contracts[0]!.status).toBe("cancelled");
    expect(cancelled.awards[0]!.status).toBe("cancelled");
  });

  it("maps the request to a direct-procurement tender with every seller as tenderer", () => {
    const { tender } = buildRelease(request({ justificationCode: "technical_spec" }));
    expect(tender).toMatchObject({
      id: "PP/2026/DISPAR/000001",
      title: "Cendera mata tamu festival",
      status: "complete",
      procurementMethod: "direct",
      mainProcurementCategory: "goods",
      procuringEntity: { id: "opd-1.2.03" },
      numberOfTenderers: 2,
    });
    expect(tender.procurementMethodRationale).toMatch(/Spesifikasi teknis/);
    expect(tender.tenderers.map((t) => t.name)).toEqual([TENUN.name, GERABAH.name]);
    expect(tender.items.map((i) => [i.id, i.quantity])).toEqual([["rl-1", 3], ["rl-2", 3]]);
    expect(buildRelease(request()).tender.procurementMethodRationale).toBeUndefined();
  });

  it("makes each order an award and a Surat Pesanan contract signed when the order was placed", () => {
    const release = buildRelease(request());
    expect(release.awards).toHaveLength(2);
    expect(release.awards[0]).toMatchObject({ id: "order-tenun", status: "active", suppliers: [{ id: `nib-${TENUN.nib}`, name: TENUN.name }] });
    expect(release.contracts[0]).toMatchObject({
      id: "SP/2026/DISPAR/000001",
      awardID: "order-tenun",
      title: "Surat Pesanan SP/2026/DISPAR/000001",
      status: "pending",
      dateSigned: at("2026-03-02T09:30:00").toISOString(),
    });
    expect(release.contracts[1]!.items).toEqual([{ id: "rl-2", description: "Vas gerabah kecil", quantity: 3, unit: { value: { amount: 30000, currency: "IDR" } } }]);
    expect(release.tag).toEqual(["tender", "award", "contract"]);
  });

  it("describes sellers by the request-line snapshot: NIB identifier, kabupaten, scale", () => {
    const release = buildRelease(request());
    expect(sellerParty(release, TENUN.nib)).toEqual({
      id: `nib-${TENUN.nib}`,
      name: TENUN.name,
      identifier: { scheme: "ID-NIB", id: TENUN.nib, legalName: TENUN.name },
      address: { locality: "Lombok Tengah", countryName: "Indonesia" },
      roles: ["tenderer", "supplier"],
      details: { scale: "micro" },
    });
    expect(sellerParty(release, GERABAH.nib).details).toEqual({ scale: "small" });
    const big = buildRelease(request({ lines: request().lines.map((l, i) => (i === 1 ? { ...l, seller: { ...GERABAH, scale: "besar" } } : l)) }));
    expect(sellerParty(big, GERABAH.nib).details).toEqual({ scale: "large" });
    expect(partyOf(release, "opd-1.2.03")!.roles).toEqual(["buyer", "procuringEntity"]);
  });

  it("adds one met delivery milestone per BAST", () => {
    const release = buildRelease(deliveredAndPaid());
    const milestones = release.contracts[0]!.implementation.milestones;
    expect(milestones.map((m) => [m.id, m.type, m.status, m.dateMet])).toEqual([
      ["BAST/2026/DISPAR/000001", "delivery", "met", at("2026-03-06T10:00:00").toISOString()],
      ["BAST/2026/DISPAR/000002", "delivery", "met", at("2026-03-07T11:00:00").toISOString()],
    ]);
    expect(milestones[0]!.description).toContain("Rp100.000");
    expect(release.contracts[1]!.implementation.milestones).toEqual([]);
    expect(release.tag).toEqual(["tender", "award", "contract", "implementation"]);
  });

  it("publishes a payment as a transaction from the OPD (payer) to the seller (payee)", () => {
    const release = buildRelease(deliveredAndPaid());
    const [transaction] = release.contracts[0]!.implementation.transactions;
    expect(transaction).toEqual({
      id: "pay-1",
      date: at("2026-03-12T10:00:00").toISOString(),
      value: { amount: 150000, currency: "IDR" },
      payer: { id: "opd-1.2.03", name: "Dinas Pariwisata Provinsi NTB" },
      payee: { id: `nib-${TENUN.nib}`, name: TENUN.name },
    });
    expect(partyOf(release, transaction!.payer.id)!.roles).toEqual(["buyer", "procuringEntity", "payer"]);
    expect(partyOf(release, transaction!.payee.id)!.roles).toEqual(["tenderer", "supplier", "payee"]);
    // The unpaid seller is not a payee.
    expect(sellerParty(release, GERABAH.nib).roles).toEqual(["tenderer", "supplier"]);
    expect(partyReferenceProblems(release)).toEqual([]);
  });

  it("publishes a refund as money flowing back, keeping the original payment", () => {
    const release = buildRelease(
      deliveredAndPaid({ method: "kkpd_card", status: "refunded", refundedAmountIdr: 50_000, refundedAt: at("2026-03-20T09:00:00"), updatedAt: at("2026-03-20T09:00:00") }),
    );
    const transactions = release.contracts[0]!.implementation.transactions;
    expect(transactions.map((t) => [t.id, t.date, t.value.amount, t.payer.id, t.payee.id])).toEqual([
      ["pay-1", at("2026-03-12T10:00:00").toISOString(), 150000, "opd-1.2.03", `nib-${TENUN.nib}`],
      ["pay-1-refund", at("2026-03-20T09:00:00").toISOString(), 50000, `nib-${TENUN.nib}`, "opd-1.2.03"],
    ]);
    expect(partyOf(release, "opd-1.2.03")!.roles).toEqual(expect.arrayContaining(["payer", "payee"]));
    expect(sellerParty(release, TENUN.nib).roles).toEqual(expect.arrayContaining(["payer", "payee"]));
    expect(release.date).toBe(at("2026-03-20T09:00:00").toISOString());
    expect(partyReferenceProblems(release)).toEqual([]);
  });

  it("tags what happened: declined everywhere → award cancellation; all closed → contract termination", () => {
    const declined = buildRelease(
      request({ orders: [order({ status: "declined", declinedAt: at("2026-03-03T08:00:00") }), gerabahOrder({ status: "declined", declinedAt: at("2026-03-03T09:00:00") })] }),
    );
    expect(declined.awards.map((a) => a.status)).toEqual(["unsuccessful", "unsuccessful"]);
    expect(declined.contracts.map((c) => c.status)).toEqual(["cancelled", "cancelled"]);
    expect(declined.tag).toEqual(["tender", "award", "awardCancellation", "contract"]);

    const closed = buildRelease(request({ orders: [order({ status: "closed" }), gerabahOrder({ status: "declined", declinedAt: at("2026-03-03T09:00:00") })] }));
    expect(closed.contracts.map((c) => c.status)).toEqual(["terminated", "cancelled"]);
    expect(closed.tag).toEqual(["tender", "award", "contract", "contractTermination"]);

    const accepted = buildRelease(request({ orders: [order({ status: "accepted", acceptedAt: at("2026-03-03T08:00:00") }), gerabahOrder()] }));
    expect(accepted.contracts.map((c) => c.status)).toEqual(["active", "pending"]);
  });

  it("refuses an order whose seller has no snapshot on the request, rather than inventing a party", () => {
    expect(() => buildRelease(request({ orders: [order({ businessId: "b-unknown" })] }))).toThrow(/no seller snapshot/);
  });
});

describe("partyReferenceProblems", () => {
  it("names a reference without its party, without the role, or with another name", () => {
    const release = buildRelease(deliveredAndPaid());
    const tampered: OcdsRelease = {
      ...release,
      parties: release.parties
        .filter((p) => p.id !== `nib-${GERABAH.nib}`)
        .map((p) => (p.id === "opd-1.2.03" ? { ...p, roles: p.roles.filter((r) => r !== "payer") } : p.id === `nib-${TENUN.nib}` ? { ...p, name: "Lain" } : p)),
    };
    const problems = partyReferenceProblems(tampered);
    expect(problems).toEqual(
      expect.arrayContaining([
        { path: "tender.tenderers[1]", id: `nib-${GERABAH.nib}`, problem: "missing_party", role: "tenderer" },
        { path: "awards[1].suppliers[0]", id: `nib-${GERABAH.nib}`, problem: "missing_party", role: "supplier" },
        { path: "contracts[0].implementation.transactions[0].payer", id: "opd-1.2.03", problem: "missing_role", role: "payer" },
        { path: "contracts[0].implementation.transactions[0].payee", id: `nib-${TENUN.nib}`, problem: "name_mismatch", role: "payee" },
      ]),
    );
  });
});

describe("buildReleasePackage", () => {
  it("wraps releases with publisher, version 1.1 and the partyScale extension; refuses an empty package", () => {
    const releasePackage = buildReleasePackage({
      uri: "https://pasarumk.test/api/v1/ocds/release-package?fiscalYear=2026",
      publishedAt: at("2026-11-27T08:00:00"),
      releases: [buildRelease(request())],
    });
    expect(releasePackage).toMatchObject({
      uri: "https://pasarumk.test/api/v1/ocds/release-package?fiscalYear=2026",
      version: "1.1",
      publishedDate: "2026-11-27T00:00:00.000Z",
      publisher: { name: "Pasar UMK — Pemerintah Provinsi NTB" },
      extensions: [PARTY_SCALE_EXTENSION_URL],
    });
    expect(PARTY_SCALE_EXTENSION_URL).toMatch(/ocds_partyDetails_scale_extension\/.+\/extension\.json$/);
    expect(() => buildReleasePackage({ uri: "https://x.test/", publishedAt: new Date(), releases: [] })).toThrow(RangeError);
    expect(ocidOf("PP/2026/X/000001", "ocds-zzz999")).toBe("ocds-zzz999-PP/2026/X/000001");
  });
});
