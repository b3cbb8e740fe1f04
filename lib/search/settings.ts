import type { Settings } from "meilisearch";

/** Local words and their everyday equivalents, so a clerk's word finds a weaver's listing. */
export const PRODUCT_SYNONYMS: Record<string, string[]> = {
  kain: ["tenun", "songket"],
  tenun: ["kain", "songket"],
  songket: ["tenun", "kain"],
  madu: ["honey"],
  honey: ["madu"],
  kopi: ["coffee"],
  coffee: ["kopi"],
  gerabah: ["tembikar", "keramik"],
  tembikar: ["gerabah"],
  ketak: ["anyaman"],
  anyaman: ["ketak"],
  mutiara: ["pearl"],
  pearl: ["mutiara"],
  "nasi kotak": ["nasi box"],
  "nasi box": ["nasi kotak"],
  oleh: ["cendera mata", "souvenir"],
  souvenir: ["cendera mata", "oleh-oleh"],
  "cendera mata": ["souvenir", "suvenir"],
};

export const PRODUCT_INDEX_SETTINGS: Settings = {
  searchableAttributes: ["title", "category", "business.name", "kabupaten", "description"],
  filterableAttributes: ["category", "categorySlug", "kabupaten", "scale", "isUmk", "isLocal", "certifications", "priceIdr", "businessId", "inStock"],
  sortableAttributes: ["priceIdr", "rating", "createdAt"],
  displayedAttributes: ["*"],
  // "sort" right after "words": a buyer who picks "cheapest first" gets strict price order among matches.
  rankingRules: ["words", "sort", "typo", "proximity", "attribute", "exactness"],
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
  synonyms: PRODUCT_SYNONYMS,
  pagination: { maxTotalHits: 10_000 },
  faceting: { maxValuesPerFacet: 100 },
};
