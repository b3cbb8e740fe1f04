import { LISTING_HINT_NAMES, listingQuality, medianPriceIdr, type ListingQualityInput } from "@/lib/domain/catalog/listing-quality";

const big = { widthPx: 1200, heightPx: 900 };
const small = { widthPx: 640, heightPx: 480 };
const complete: ListingQualityInput = {
  photos: [big, big, big],
  description: "Keripik pisang kepok dari Kutai, digoreng dengan minyak kelapa, kemasan 250 g kedap udara, tahan tiga bulan tanpa pengawet.",
  unit: "pak",
  priceIdr: 25_000,
  isFoodCategory: true,
  hasValidFoodPermit: true,
  categoryMedianPriceIdr: 20_000,
};

describe("listingQuality", () => {
  it("gives a complete listing 100 and no hints", () => {
    expect(complete.description.length).toBeGreaterThanOrEqual(120);
    expect(listingQuality(complete)).toEqual({ score: 100, hints: [] });
  });

  it("gives an empty listing only the points it cannot miss", () => {
    const r = listingQuality({ ...complete, photos: [], description: "", unit: " ", hasValidFoodPermit: false, categoryMedianPriceIdr: null });
    expect(r.hints).toEqual(["NO_PHOTOS", "SHORT_DESCRIPTION", "NO_UNIT", "FOOD_PERMIT_MISSING"]);
    expect(r.score).toBe(10); // only the price, which has nothing to compare with
  });

  it("scores photos by count and by pixel size of the shorter side", () => {
    expect(listingQuality({ ...complete, photos: [big] })).toEqual({ score: 80, hints: ["FEW_PHOTOS"] });
    const r = listingQuality({ ...complete, photos: [big, small, { widthPx: 2000, heightPx: 799 }] });
    expect(r.hints).toEqual(["SMALL_PHOTOS"]);
    expect(r.score).toBe(90); // 15 × 1/3 of the size points
  });

  it("asks for a food permit only in food categories", () => {
    expect(listingQuality({ ...complete, hasValidFoodPermit: false }).hints).toEqual(["FOOD_PERMIT_MISSING"]);
    expect(listingQuality({ ...complete, isFoodCategory: false, hasValidFoodPermit: false })).toEqual({ score: 100, hints: [] });
  });

  it("flags a price more than twice above or below the median, not at the boundary", () => {
    expect(listingQuality({ ...complete, priceIdr: 40_000 }).hints).toEqual([]);
    expect(listingQuality({ ...complete, priceIdr: 40_001 }).hints).toEqual(["PRICE_FAR_ABOVE_MEDIAN"]);
    expect(listingQuality({ ...complete, priceIdr: 10_000 }).hints).toEqual([]);
    expect(listingQuality({ ...complete, priceIdr: 9_999 })).toEqual({ score: 90, hints: ["PRICE_FAR_BELOW_MEDIAN"] });
  });

  it("scores a short description in proportion to its length", () => {
    expect(listingQuality({ ...complete, description: "x".repeat(60) })).toEqual({ score: 90, hints: ["SHORT_DESCRIPTION"] });
  });

  it("names every hint in Bahasa and English", () => {
    for (const name of Object.values(LISTING_HINT_NAMES)) {
      expect(name.id).not.toBe("");
      expect(name.en).not.toBe("");
      expect(name.id).not.toBe(name.en);
    }
  });
});

describe("medianPriceIdr", () => {
  it("needs enough prices to compare", () => expect(medianPriceIdr([1, 2])).toBeNull());
  it("takes the middle of an odd count", () => expect(medianPriceIdr([30, 10, 20])).toBe(20));
  it("averages the two middles of an even count, rounded down", () => expect(medianPriceIdr([1, 2, 4, 100])).toBe(3));
});
