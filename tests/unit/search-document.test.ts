import { indexDate, isPubliclyListed, toSearchDocument, type ProductForIndex } from "@/lib/search/document";

const product = (overrides: Partial<ProductForIndex> = {}, business: Partial<ProductForIndex["business"]> = {}): ProductForIndex => ({
  id: "0b7f6a1e-4a5b-4c1d-9e2f-000000000001",
  title: "Kain Tenun Sukarara Motif Subahnale",
  description: "Tenun ikat tangan dari Desa Sukarara.",
  priceIdr: 750_000,
  unit: "lembar",
  stock: 4,
  status: "active",
  isLocal: true,
  tkdnPercent: 92.5,
  photos: [{ thumbnailKey: "p/1/thumb.webp" }, { thumbnailKey: "p/2/thumb.webp" }],
  createdAt: new Date("2026-03-01T02:00:00.500Z"),
  categoryName: "Kain & Tenun",
  categorySlug: "kain-tenun",
  originName: "Lombok Tengah",
  ...overrides,
  business: {
    id: "5d1c0e3a-2f4b-4a6c-8d7e-000000000002",
    name: "Tenun Dharma Sukarara",
    scale: "mikro",
    isUmk: true,
    verificationStatus: "verified",
    kabupaten: "Kota Mataram",
    ratingAvg: 4.6,
    certifications: [],
    ...business,
  },
});

describe("isPubliclyListed", () => {
  it.each([
    ["active", "verified", true],
    ["draft", "verified", false],
    ["archived", "verified", false],
    ["active", "pending", false],
    ["active", "rejected", false],
    ["active", "suspended", false],
    ["draft", "suspended", false],
  ] as const)("a %s product of a %s business → %s", (status, verificationStatus, expected) => {
    expect(isPubliclyListed(product({ status }, { verificationStatus }))).toBe(expected);
  });
});

describe("toSearchDocument", () => {
  it("flattens the seller fields that Meilisearch filters and facets need at the top level", () => {
    const doc = toSearchDocument(product({}, { scale: "menengah", isUmk: false }), "2026-06-01");
    expect(doc).toMatchObject({
      id: "0b7f6a1e-4a5b-4c1d-9e2f-000000000001",
      category: "Kain & Tenun",
      categorySlug: "kain-tenun",
      kabupaten: "Lombok Tengah",
      businessId: "5d1c0e3a-2f4b-4a6c-8d7e-000000000002",
      scale: "menengah",
      isUmk: false,
      business: { id: "5d1c0e3a-2f4b-4a6c-8d7e-000000000002", name: "Tenun Dharma Sukarara", scale: "menengah", isUmk: false, kabupaten: "Kota Mataram" },
    });
  });

  it("uses the origin kabupaten for the product and the business's own for the seller", () => {
    const doc = toSearchDocument(product({ originName: "Lombok Timur" }, { kabupaten: "Kota Mataram" }), "2026-06-01");
    expect(doc.kabupaten).toBe("Lombok Timur");
    expect(doc.business.kabupaten).toBe("Kota Mataram");
  });

  it("drops expired certifications, keeps those valid today or without expiry, once each, sorted", () => {
    const doc = toSearchDocument(
      product({}, {
        certifications: [
          { kind: "pirt", expiresOn: "2026-05-31" }, // expired yesterday
          { kind: "halal", expiresOn: null },
          { kind: "bpom", expiresOn: "2026-06-01" }, // last valid day
          { kind: "halal", expiresOn: "2030-01-01" }, // a second halal number
          { kind: "sni", expiresOn: "2025-12-31" },
        ],
      }),
      "2026-06-01",
    );
    expect(doc.certifications).toEqual(["bpom", "halal"]);
  });

  it("derives stock, thumbnail, rating and the newest-sort timestamp", () => {
    expect(toSearchDocument(product(), "2026-06-01")).toMatchObject({
      inStock: true,
      thumbnailKey: "p/1/thumb.webp",
      rating: 4.6,
      createdAt: Math.floor(Date.parse("2026-03-01T02:00:00.500Z") / 1000),
      tkdnPercent: 92.5,
    });
    const bare = toSearchDocument(product({ stock: 0, photos: [] }, { ratingAvg: null }), "2026-06-01");
    expect(bare).toMatchObject({ inStock: false, stock: 0, thumbnailKey: null, rating: 0 });
  });

  it("holds only plain JSON values (what Meilisearch stores is what the query side reads back)", () => {
    const doc = toSearchDocument(product(), "2026-06-01");
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });
});

describe("indexDate", () => {
  it("is the calendar day in WITA (UTC+8), not the server's", () => {
    expect(indexDate(new Date("2026-05-31T15:59:59Z"))).toBe("2026-05-31");
    expect(indexDate(new Date("2026-05-31T16:00:00Z"))).toBe("2026-06-01");
  });
});
