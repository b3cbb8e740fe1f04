import { buildReleases } from "@/lib/domain/ocds/build-process";
import { idr, ocidOf } from "@/lib/domain/ocds/build-release";
import { DEFAULT_OCID_PREFIX } from "@/lib/domain/ocds/constants";
import { emptyValuePaths } from "@/lib/domain/ocds/empty-values";
import { partyReferenceProblems } from "@/lib/domain/ocds/party-references";
import { toPartyScale } from "@/lib/domain/ocds/party-scale";
import type { OcdsRelease } from "@/lib/domain/ocds/release-types";
import { at, CONTEXT, deliveredAndPaid, GERABAH, gerabahOrder, order, request, TENUN } from "../fixtures/ocds/records";

const latest = (r = request()) => buildReleases(r, CONTEXT).at(-1)!;
const partyOf = (release: OcdsRelease, id: string) => release.parties.find((p) => p.id === id);
const sellerParty = (release: OcdsRelease, nib: string) => release.parties.find((p) => p.identifier.id === nib)!;
const contractOf = (release: OcdsRelease, i = 0) => release.contracts![i]!;
const milestone = (release: OcdsRelease, id: string) => contractOf(release).milestones.find((m) => m.id === id)!;

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
    const release = latest();
    expect(release.tender.value).toEqual({ amount: 240000, currency: "IDR" });
    expect(contractOf(release).value).toEqual({ amount: 150000, currency: "IDR" });
    expect(release.tender.items[0]!.unit).toEqual({ name: "lembar", value: { amount: 50000, currency: "IDR" } });
  });
});

describe("one release per stage change", () => {
  it("publishes submission, approval, acceptance, shipment, each BAST and the payment as their own releases, oldest first", () => {
    const releases = buildReleases(deliveredAndPaid(), CONTEXT);
    expect(releases.map((r) => [r.date, r.tag])).toEqual([
      [at("2026-03-01T09:00:00").toISOString(), ["tender"]],
      [at("2026-03-02T09:30:00").toISOString(), ["award", "contract"]],
      [at("2026-03-03T08:00:00").toISOString(), ["contractUpdate"]],
      [at("2026-03-05T08:00:00").toISOString(), ["implementation"]],
      [at("2026-03-06T10:00:00").toISOString(), ["implementation"]],
      [at("2026-03-07T11:00:00").toISOString(), ["implementation"]],
      [at("2026-03-12T10:00:00").toISOString(), ["implementation"]],
    ]);
    const ocid = `${DEFAULT_OCID_PREFIX}-PP/2026/DISPAR/000001`;
    expect(new Set(releases.map((r) => r.ocid))).toEqual(new Set([ocid]));
    expect(releases[0]!.id).toBe(`${ocid}-20260301T010000000Z`);
    expect(new Set(releases.map((r) => r.id)).size).toBe(releases.length);
  });

  it("keeps the ids of earlier steps when a later step happens (stable ids), and adds one release for the new step", () => {
    const before = buildReleases(deliveredAndPaid(), CONTEXT);
    const refunded = buildReleases(
      deliveredAndPaid({ method: "kkpd_card", status: "refunded", refundedAmountIdr: 50_000, refundedAt: at("2026-03-20T09:00:00"), updatedAt: at("2026-03-20T09:00:00") }),
      CONTEXT,
    );
    expect(refunded.map((r) => r.id).slice(0, before.length)).toEqual(before.map((r) => r.id));
    expect(refunded).toHaveLength(before.length + 1);
    expect(refunded.at(-1)!.tag).toEqual(["implementationUpdate"]);
    // Before the refund, the payment is published without it.
    expect(contractOf(refunded.at(-2)!).implementation!.transactions!.map((t) => t.id)).toEqual(["pay-1"]);
  });

  it("shows each release as the process stood then: the tender release has no award yet, the approval one no BAST", () => {
    const [tender, approved, accepted] = buildReleases(deliveredAndPaid(), CONTEXT);
    expect(tender!.tender.status).toBe("active");
    expect(tender!.awards).toBeUndefined();
    expect(tender!.contracts).toBeUndefined();
    expect(tender!.parties.map((p) => p.id)).toEqual(["opd-1.2.03"]);
    expect(tender!.tender.milestones!.find((m) => m.id === "persetujuan-ppk")).toMatchObject({ status: "scheduled" });
    expect(approved!.tender.status).toBe("complete");
    expect(approved!.contracts!.map((c) => c.status)).toEqual(["pending", "pending"]);
    expect(contractOf(approved!).implementation).toBeUndefined();
    expect(accepted!.contracts!.map((c) => c.status)).toEqual(["active", "pending"]);
  });

  it("publishes a decline and a PPK cancellation as award updates, and a closed order as a contract termination", () => {
    const declined = buildReleases(request({ orders: [order(), gerabahOrder({ status: "declined", declinedAt: at("2026-03-03T09:00:00") })] }), CONTEXT);
    expect(declined.at(-1)!.tag).toEqual(["awardUpdate", "contractUpdate"]);
    expect(declined.at(-1)!.awards!.map((a) => a.status)).toEqual(["active", "unsuccessful"]);

    const cancelled = buildReleases(request({ orders: [order({ status: "cancelled", cancelledAt: at("2026-03-04T15:00:00") }), gerabahOrder()] }), CONTEXT);
    expect(cancelled.at(-1)).toMatchObject({ date: at("2026-03-04T15:00:00").toISOString(), tag: ["awardCancellation", "contractUpdate"] });
    expect(contractOf(cancelled.at(-1)!).status).toBe("cancelled");
    expect(cancelled.at(-1)!.awards![0]!.status).toBe("cancelled");

    const closed = buildReleases(request({ orders: [order({ status: "closed" }), gerabahOrder()], lastAuditAt: at("2026-04-01T10:00:00") }), CONTEXT);
    expect(closed.at(-1)).toMatchObject({ date: at("2026-04-01T10:00:00").toISOString(), tag: ["contractTermination"] });
    expect(closed.at(-1)!.contracts!.map((c) => c.status)).toEqual(["terminated", "pending"]);
    expect(closed.at(-2)!.contracts!.map((c) => c.status)).toEqual(["pending", "pending"]);
  });

  it("refuses an order whose seller has no snapshot on the request, rather than inventing a party", () => {
    expect(() => buildReleases(request({ orders: [order({ businessId: "b-unknown" })] }), CONTEXT)).toThrow(/no seller snapshot/);
  });
});

describe("what an analyst needs in a release", () => {
  it("never publishes an empty array, object or string, at any stage", () => {
    for (const r of [request(), deliveredAndPaid(), request({ orders: [order({ status: "declined", declinedAt: at("2026-03-03T08:00:00") })] })]) {
      for (const release of buildReleases(r, CONTEXT)) expect(emptyValuePaths(release)).toEqual([]);
    }
  });

  it("describes catalogue purchasing as a direct call-off (techniques, submission terms), with no tenderers", () => {
    const { tender } = latest(request({ justificationCode: "technical_spec" }));
    expect(tender).toMatchObject({
      id: "PP/2026/DISPAR/000001",
      status: "complete",
      procurementMethod: "direct",
      mainProcurementCategory: "goods",
      competitive: false,
      techniques: { hasFrameworkAgreement: true, frameworkAgreement: { method: "withoutReopeningCompetition" }, hasElectronicAuction: false },
      submissionTerms: { electronicCatalogPolicy: "required" },
    });
    expect(tender.procurementMethodDetails).toMatch(/katalog elektronik/);
    expect(tender.procurementMethodRationale).toMatch(/Spesifikasi teknis/);
    expect(tender).not.toHaveProperty("tenderers");
    expect(tender).not.toHaveProperty("numberOfTenderers");
    expect(latest().tender.procurementMethodRationale).toBeUndefined();
  });

  it("dates the request, the approval (with its 3-working-day due date) and the decision period", () => {
    const { tender } = latest();
    // Submitted Sunday 1 March: due by the end of Wednesday 4 March WITA.
    expect(tender.milestones).toEqual([
      expect.objectContaining({ id: "permintaan-diajukan", status: "met", dateMet: at("2026-03-01T09:00:00").toISOString() }),
      expect.objectContaining({ id: "persetujuan-ppk", type: "approval", status: "met", dueDate: at("2026-03-04T23:59:59").toISOString(), dateMet: at("2026-03-02T09:30:00").toISOString() }),
    ]);
    expect(tender.awardPeriod).toEqual({ startDate: at("2026-03-01T09:00:00").toISOString(), endDate: at("2026-03-02T09:30:00").toISOString() });
    const withHoliday = buildReleases(request(), { ...CONTEXT, holidays: ["2026-03-03"] }).at(-1)!;
    expect(withHoliday.tender.milestones![1]!.dueDate).toBe(at("2026-03-05T23:59:59").toISOString());
  });

  it("gives each contract its period and acceptance, shipment, delivery and payment milestones with due dates", () => {
    const release = latest(deliveredAndPaid());
    const c = contractOf(release);
    expect(c.period).toEqual({ startDate: at("2026-03-02T09:30:00").toISOString(), endDate: at("2026-03-10T23:59:59").toISOString() });
    expect(milestone(release, "SP/2026/DISPAR/000001/penerimaan")).toMatchObject({ status: "met", dateMet: at("2026-03-03T08:00:00").toISOString() });
    expect(milestone(release, "SP/2026/DISPAR/000001/pengiriman")).toMatchObject({ status: "met", dateMet: at("2026-03-05T08:00:00").toISOString(), dueDate: at("2026-03-10T23:59:59").toISOString() });
    expect(milestone(release, "SP/2026/DISPAR/000001/serah-terima")).toMatchObject({ status: "met", dateMet: at("2026-03-07T11:00:00").toISOString() });
    // Paid within 7 days of the last BAST (7 March): due by the end of 14 March.
    expect(milestone(release, "SP/2026/DISPAR/000001/pembayaran")).toMatchObject({
      type: "financing", status: "met", dueDate: at("2026-03-14T23:59:59").toISOString(), dateMet: at("2026-03-12T10:00:00").toISOString(),
    });
    const waiting = contractOf(release, 1).milestones;
    expect(waiting.map((m) => [m.id.split("/").pop(), m.status])).toEqual([["penerimaan", "scheduled"], ["pengiriman", "scheduled"], ["serah-terima", "scheduled"]]);
  });

  it("marks a delivery partly met after the first of two BASTs, and the payment not yet met", () => {
    const releases = buildReleases(deliveredAndPaid(), CONTEXT);
    const afterFirstBast = releases.find((r) => r.date === at("2026-03-06T10:00:00").toISOString())!;
    expect(milestone(afterFirstBast, "SP/2026/DISPAR/000001/serah-terima").status).toBe("partiallyMet");
    expect(milestone(afterFirstBast, "SP/2026/DISPAR/000001/pembayaran")).toMatchObject({ status: "scheduled", dueDate: at("2026-03-13T23:59:59").toISOString() });
  });

  it("links the Surat Pesanan, each BAST and invoice, and the kegiatan report, with documentTypes from the codelist", () => {
    const release = latest(deliveredAndPaid());
    const c = contractOf(release);
    expect(c.documents).toEqual([
      expect.objectContaining({ documentType: "contractSigned", url: "https://pasarumk.test/pesanan/order-tenun/surat-pesanan", datePublished: at("2026-03-02T09:30:00").toISOString() }),
    ]);
    expect(c.implementation!.milestones!.map((m) => [m.id, m.documents![0]!.documentType, m.documents![0]!.url])).toEqual([
      ["BAST/2026/DISPAR/000001", "completionCertificate", "https://pasarumk.test/pesanan/order-tenun/bast/bast-1"],
      ["BAST/2026/DISPAR/000002", "completionCertificate", "https://pasarumk.test/pesanan/order-tenun/bast/bast-2"],
    ]);
    expect(c.implementation!.documents!.map((d) => [d.documentType, d.url])).toEqual([
      ["financialProgressReport", "https://pasarumk.test/pesanan/order-tenun/faktur/inv-1"],
      ["financialProgressReport", "https://pasarumk.test/pesanan/order-tenun/faktur/inv-2"],
    ]);
    expect(release.tender.documents).toEqual([
      expect.objectContaining({ documentType: "physicalProgressReport", url: "https://pasarumk.test/kegiatan/event-1/laporan", title: "Laporan kegiatan: Festival Pesona Sukarara" }),
    ]);
    expect(latest().tender.documents).toBeUndefined();
  });

  it("identifies the OPD by a region-scoped scheme and each seller by NIB, with the seller's kabupaten and scale", () => {
    const release = latest();
    expect(partyOf(release, "opd-1.2.03")).toEqual({
      id: "opd-1.2.03",
      name: "Dinas Pariwisata Provinsi NTB",
      identifier: { scheme: "ID-OPD-52", id: "1.2.03", legalName: "Dinas Pariwisata Provinsi NTB" },
      address: { region: "Nusa Tenggara Barat", countryName: "Indonesia" },
      roles: ["buyer", "procuringEntity"],
    });
    expect(sellerParty(release, TENUN.nib)).toEqual({
      id: `nib-${TENUN.nib}`,
      name: TENUN.name,
      identifier: { scheme: "ID-NIB", id: TENUN.nib, legalName: TENUN.name },
      address: { locality: "Lombok Tengah", region: "Nusa Tenggara Barat", countryName: "Indonesia" },
      roles: ["supplier"],
      details: { scale: "micro" },
    });
    expect(sellerParty(release, GERABAH.nib).details).toEqual({ scale: "small" });
  });

  it("classifies items by UNSPSC segment, with the catalogue category and the seller's KBLI beside it", () => {
    const item = contractOf(latest(), 1).items[0]!;
    expect(item).toEqual({
      id: "rl-2",
      description: "Vas gerabah kecil",
      classification: { scheme: "UNSPSC", id: "52000000", description: "Domestic Appliances and Supplies and Consumer Electronic Products" },
      additionalClassifications: [
        { scheme: "X-PASAR-UMK-KATEGORI", id: "gerabah", description: "Gerabah" },
        { scheme: "KBLI-2020", id: "23931", description: expect.stringContaining("KBLI") },
      ],
      quantity: 3,
      unit: { name: "buah", value: { amount: 30000, currency: "IDR" } },
    });
  });

  it("keeps the catalogue category as the main classification of a category without a UNSPSC segment", () => {
    // The fixture's "tenun" is not a seeded slug (the seed's is "tenun-songket"), so nobody has placed it.
    const item = contractOf(latest(), 0).items[0]!;
    expect(item.classification).toEqual({ scheme: "X-PASAR-UMK-KATEGORI", id: "tenun", description: "Tenun" });
    expect(item.additionalClassifications!.map((c) => c.scheme)).toEqual(["KBLI-2020"]);
  });

  it("publishes a payment as OPD → seller and a refund as money flowing back, with consistent party roles", () => {
    const release = latest(
      deliveredAndPaid({ method: "kkpd_card", status: "refunded", refundedAmountIdr: 50_000, refundedAt: at("2026-03-20T09:00:00"), updatedAt: at("2026-03-20T09:00:00") }),
    );
    const transactions = contractOf(release).implementation!.transactions!;
    expect(transactions.map((t) => [t.id, t.date, t.value.amount, t.payer.id, t.payee.id])).toEqual([
      ["pay-1", at("2026-03-12T10:00:00").toISOString(), 150000, "opd-1.2.03", `nib-${TENUN.nib}`],
      ["pay-1-refund", at("2026-03-20T09:00:00").toISOString(), 50000, `nib-${TENUN.nib}`, "opd-1.2.03"],
    ]);
    expect(partyOf(release, "opd-1.2.03")!.roles).toEqual(expect.arrayContaining(["payer", "payee"]));
    expect(sellerParty(release, GERABAH.nib).roles).toEqual(["supplier"]);
    expect(partyReferenceProblems(release)).toEqual([]);
  });

  it("uses the region's OCID prefix", () => {
    expect(buildReleases(request(), { ...CONTEXT, ocidPrefix: "ocds-abc123" })[0]!.ocid).toBe("ocds-abc123-PP/2026/DISPAR/000001");
    expect(ocidOf("PP/2026/X/000001", "ocds-zzz999")).toBe("ocds-zzz999-PP/2026/X/000001");
  });
});

describe("partyReferenceProblems", () => {
  it("names a reference without its party, without the role, or with another name", () => {
    const release = latest(deliveredAndPaid());
    const tampered: OcdsRelease = {
      ...release,
      parties: release.parties
        .filter((p) => p.id !== `nib-${GERABAH.nib}`)
        .map((p) => (p.id === "opd-1.2.03" ? { ...p, roles: p.roles.filter((r) => r !== "payer") } : p.id === `nib-${TENUN.nib}` ? { ...p, name: "Lain" } : p)),
    };
    expect(partyReferenceProblems(tampered)).toEqual(
      expect.arrayContaining([
        { path: "awards[1].suppliers[0]", id: `nib-${GERABAH.nib}`, problem: "missing_party", role: "supplier" },
        { path: "contracts[0].implementation.transactions[0].payer", id: "opd-1.2.03", problem: "missing_role", role: "payer" },
        { path: "contracts[0].implementation.transactions[0].payee", id: `nib-${TENUN.nib}`, problem: "name_mismatch", role: "payee" },
      ]),
    );
  });
});

describe("emptyValuePaths", () => {
  it("finds empty arrays, objects, strings and nulls at any depth", () => {
    expect(emptyValuePaths({ a: [], b: { c: {} }, d: [{ e: "" }, { f: null }], g: 0, h: false, i: "x" })).toEqual(["/a", "/b/c", "/d/0/e", "/d/1/f"]);
  });
});

describe("audit-dated steps", () => {
  it("mint a release only for a closing; a later audit event that changes nothing published mints none", () => {
    const paid = deliveredAndPaid();
    const quiet = buildReleases({ ...paid, lastAuditAt: at("2026-03-15T10:00:00") }, CONTEXT);
    expect(quiet.map((r) => r.id)).toEqual(buildReleases(paid, CONTEXT).map((r) => r.id));
    expect(quiet.at(-1)!.date).toBe(at("2026-03-12T10:00:00").toISOString());
  });
});
