import { buildReleases, compileReleases } from "@/lib/domain/ocds/build-process";
import { sellerPartyId } from "@/lib/domain/ocds/build-release";
import type { OcdsRequestRecord, OcdsSellerSnapshot } from "@/lib/domain/ocds/records";
import type { OcdsCompiledRelease } from "@/lib/domain/ocds/release-types";
import { unspscSegmentOf } from "@/lib/domain/ocds/unspsc";
import { CATEGORIES } from "@/db/seed/data/categories";
import { CONTEXT, GERABAH, order, request, TENUN } from "../fixtures/ocds/records";

/**
 * What the Open Contracting Partnership's Cardinal (open-contracting/cardinal-rs, docs/cli/indicators) can compute
 * from our compiled releases. Its red flags R018–R058 except R048 read `bids` (tenderers, bid prices, disqualified
 * bids): catalogue purchasing has none, one UMK seller is chosen at the catalogue price, so they give no result by
 * design. R003 (short submission period) skips every procedure that is not "open"; ours are "direct". R048
 * (heterogeneous supplier) applies: for each supplier, the distinct first two digits of the classification of the
 * items in its active single-supplier awards, flagged above the upper quartile fence.
 */
const r048Varieties = (releases: OcdsCompiledRelease[], digits = 2) => {
  // The fold of cardinal-rs src/indicators/r048.rs, field for field, over compiled releases (cancelled tenders skipped,
  // as Cardinal skips them for every indicator).
  const codes = new Map<string, Set<string>>();
  for (const release of releases) {
    if (release.tender.status === "cancelled") continue;
    for (const award of release.awards ?? []) {
      if (award.status !== "active" || award.suppliers.length !== 1) continue;
      const supplier = award.suppliers[0]!.id;
      for (const item of award.items) {
        const set = codes.get(supplier) ?? new Set<string>();
        set.add(item.classification.id.slice(0, digits));
        codes.set(supplier, set);
      }
    }
  }
  return new Map([...codes].map(([id, set]) => [id, set.size]));
};

const compiled = (...rs: OcdsRequestRecord[]) => rs.map((r) => compileReleases(buildReleases(r, CONTEXT)));

/** A request whose one order buys a line in each category from `seller`. */
const purchase = (id: string, seller: OcdsSellerSnapshot, categorySlugs: string[]): OcdsRequestRecord => {
  const lines = categorySlugs.map((categorySlug, i) => ({ id: `${id}-rl-${i}`, title: categorySlug, categorySlug, categoryName: categorySlug, unit: "buah", quantity: 1, unitPriceIdr: 10_000, seller }));
  const orderLines = lines.map((l) => ({ id: `${l.id}-ol`, requestLineId: l.id, title: l.title, quantity: 1, unitPriceIdr: 10_000, receivedQuantity: 0 }));
  return request({ id, number: `PP/2026/DISPAR/${id}`, lines, orders: [order({ id: `${id}-order`, businessId: seller.businessId, lines: orderLines })] });
};

describe("Cardinal's indicators on the OCDS export", () => {
  it("gives every seeded catalogue category a UNSPSC segment, a numeric code Cardinal's R048 can cut to two digits", () => {
    for (const category of CATEGORIES) {
      const segment = unspscSegmentOf(category.slug);
      expect({ slug: category.slug, id: segment?.id }).toEqual({ slug: category.slug, id: expect.stringMatching(/^[1-9][0-9]000000$/) });
      expect(segment!.description).not.toBe("");
    }
  });

  it("counts a supplier's variety in kinds of goods: cloth with coffee, honey and drinks is two; pottery and baskets one", () => {
    // Over category slugs the count would be of first letters: four and two.
    const releases = compiled(
      purchase("tenun", TENUN, ["tenun-songket", "kopi", "madu", "minuman"]),
      purchase("pottery", GERABAH, ["gerabah"]),
      purchase("baskets", GERABAH, ["anyaman-ketak"]),
    );
    expect(Object.fromEntries(r048Varieties(releases))).toEqual({ [sellerPartyId(TENUN.nib)]: 2, [sellerPartyId(GERABAH.nib)]: 1 });
  });

  it("publishes no bids and a direct procurement method, so the bid indicators and R003 have nothing to misread", () => {
    const [release] = compiled(request());
    expect(release).not.toHaveProperty("bids");
    expect(release!.tender.procurementMethod).toBe("direct");
    // Cardinal names the group by the supplier's party id; ours always set one.
    expect(release!.awards!.flatMap((a) => a.suppliers.map((s) => s.id))).toEqual([sellerPartyId(TENUN.nib), sellerPartyId(GERABAH.nib)]);
  });
});
