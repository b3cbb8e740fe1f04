import { opportunityKey, planOpportunityAlerts, productDraftFromLink, productDraftLink, titleFromQuery, type OpportunitySeller, type OpportunitySignal } from "@/lib/domain/catalog/opportunity-alerts";

const NTB = "prov-ntb";
const signal = (over: Partial<OpportunitySignal> = {}): OpportunitySignal => ({
  categorySlug: "kain-tenun", categoryName: "Kain tenun", provinceId: NTB, kabupatenId: "kab-lotim", kabupatenName: "Lombok Timur", query: "tenun songket", searches: 4, ...over,
});
const seller = (userId: string, kabupatenId: string, categorySlugs: string[], provinceId = NTB): OpportunitySeller => ({ userId, kabupatenId, provinceId, categorySlugs });

describe("planOpportunityAlerts", () => {
  const sellers = [
    seller("a", "kab-lotim", ["kain-tenun", "kopi"]),
    seller("b", "kab-lotim", ["kopi"]),
    seller("c", "kab-bima", ["kain-tenun"]),
    seller("d", "kab-lotim", ["kain-tenun"], "prov-ntt"),
  ];

  it("tells sellers of the category in the kabupaten, nobody else", () => {
    expect(planOpportunityAlerts([signal()], sellers).map((a) => a.userId)).toEqual(["a"]);
  });

  it("tells the category's sellers anywhere in the province when a provincial OPD searched", () => {
    expect(planOpportunityAlerts([signal({ kabupatenId: null, kabupatenName: null })], sellers).map((a) => a.userId).sort()).toEqual(["a", "c"]);
  });

  it("makes one alert per seller and Peluang, even when the seller appears twice (two businesses)", () => {
    const twice = [...sellers, seller("a", "kab-lotim", ["kain-tenun"])];
    const alerts = planOpportunityAlerts([signal(), signal({ query: "tenun ikat" })], twice);
    expect(alerts.map((a) => `${a.userId}:${a.signal.query}`)).toEqual(["a:tenun songket", "a:tenun ikat"]);
    expect(new Set(alerts.map((a) => a.dedupeKey)).size).toBe(2);
  });

  it("links each alert to a product draft prefilled from the search", () => {
    const [alert] = planOpportunityAlerts([signal()], sellers);
    expect(alert!.link).toBe("/penjual/produk/baru?judul=Tenun+Songket&kategori=kain-tenun&dari=peluang");
  });
});

describe("a Peluang's identity and its draft", () => {
  it("keys by category, area and query, so the same failing search next week tells nobody twice", () => {
    expect(opportunityKey(signal())).toBe("opportunity:kain-tenun:kab-lotim:tenun songket");
    expect(opportunityKey(signal({ kabupatenId: null }))).toBe("opportunity:kain-tenun:prov-prov-ntb:tenun songket");
    expect(opportunityKey(signal({ searches: 99 }))).toBe(opportunityKey(signal()));
    const long = opportunityKey(signal({ query: "x".repeat(300) }));
    expect(long.length).toBeLessThan(100);
    expect(long).not.toBe(opportunityKey(signal({ query: "y".repeat(300) })));
  });

  it("turns the search into a title and reads only its own link back", () => {
    expect(titleFromQuery("  madu   hutan sumbawa ")).toBe("Madu Hutan Sumbawa");
    const link = new URL(productDraftLink(signal({ query: "kopi robusta", categorySlug: "kopi" })), "http://x");
    expect(productDraftFromLink(Object.fromEntries(link.searchParams))).toEqual({ title: "Kopi Robusta", categorySlug: "kopi", status: "draft" });
    expect(productDraftFromLink({ judul: "Kopi", kategori: "kopi" })).toEqual({});
    expect(productDraftFromLink({ dari: "peluang", judul: "Kopi", kategori: "../etc" })).toEqual({ title: "Kopi", status: "draft" });
  });
});
