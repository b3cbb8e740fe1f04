import { buildReleases, compileReleases } from "@/lib/domain/ocds/build-process";
import { sellerPartyId } from "@/lib/domain/ocds/build-release";
import type { OcdsCompiledRelease } from "@/lib/domain/ocds/release-types";
import { unspscSegmentOf } from "@/lib/domain/ocds/unspsc";
import { CATEGORIES } from "@/db/seed/data/categories";
import { at, CONTEXT, GERABAH, gerabahOrder, order, request, TENUN } from "../fixtures/ocds/records";

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

const compiled = (...rs: ReturnType<typeof request>[]) => rs.map((r) => compileReleases(buildReleases(r, CONTEXT)));

describe("Cardinal's indicators on the OCDS export", () => {
  it("gives every seeded catalogue category a UNSPSC segment, a numeric code Cardinal's R048 can cut to two digits", () => {
    for (const category of CATEGORIES) {
      const segment = unspscSegmentOf(category.slug);
      expect({ slug: category.slug, id: segment?.id }).toEqual({ slug: category.slug, id: expect.stringMatching(/^[1-9][0-9]000000$/) });
      expect(segment!.description).not.toBe("");
    }
  });

  it("counts a supplier's variety in kinds of goods: cloth with coffee, honey and drinks is two; pottery and baskets one", () => {
    const line = (id: string, categorySlug: string, seller = TENUN) => ({ id, title: id, categorySlug, categoryName: categorySlug, unit: "buah", quantity: 1, unitPriceIdr: 10_000, seller });
    // Over category slugs the count would be of first letters: four and two.
    const tenunLines = [line("rl-a", "tenun-songket"), line("rl-b", "kopi"), line("rl-c", "madu"), line("rl-d", "minuman")];
    const mixed = request({
      id: "req-mixed",
      lines: tenunLines,
      orders: [order({ lines: tenunLines.map((l, i) => ({ id: `ol-${i}`, requestLineId: l.id, title: l.title, quantity: 1, unitPriceIdr: 10_000, receivedQuantity: 0 })) })],
    });
    const pottery = (n: number, categorySlug: string) =>
      request({ id: `req-pot-${n}`, number: `PP/2026/DISPAR/00001${n}`, lines: [line(`rl-p${n}`, categorySlug, GERABAH)], orders: [gerabahOrder({ id: `order-pot-${n}`, lines: [{ id: `ol-p${n}`, requestLineId: `rl-p${n}`, title: "Vas", quantity: 1, unitPriceIdr: 10_000, receivedQuantity: 0 }] })] });
    const releases = compiled(mixed, pottery(1, "gerabah"), pottery(2, "anyaman-ketak"));

    expect(Object.fromEntries(r048Varieties(releases))).toEqual({ [sellerPartyId(TENUN.nib)]: 2, [sellerPartyId(GERABAH.nib)]: 1 });
  });

  it("publishes no bids and a direct procurement method, so the bid indicators and R003 have nothing to misread", () => {
    const [release] = compiled(request({ submittedAt: at("2026-03-01T09:00:00") }));
    expect(release).not.toHaveProperty("bids");
    expect(release!.tender.procurementMethod).toBe("direct");
    // Cardinal names the group by the supplier's party id; ours always set one.
    expect(release!.awards!.flatMap((a) => a.suppliers.map((s) => s.id))).toEqual([sellerPartyId(TENUN.nib), sellerPartyId(GERABAH.nib)]);
  });
});
