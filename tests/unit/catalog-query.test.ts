import { AppError } from "@/lib/errors";
import { buildProductFilter, buildProductSearchRequests, filterLiteral } from "@/lib/search/search-products";
import { normalizeSearchQuery, parseProductSearchQuery, type ProductSearchQuery } from "@/lib/validation/catalog";

const parse = (qs: string, locale: "id" | "en" = "id") => parseProductSearchQuery(new URLSearchParams(qs), locale);
const problems = (qs: string, locale: "id" | "en" = "id") => {
  try {
    parse(qs, locale);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).status).toBe(400);
    return (error as AppError).details as Array<{ path: string; code: string; message: string }>;
  }
  throw new Error(`expected ${qs} to be rejected`);
};

describe("catalog query parameters", () => {
  it("applies defaults and reads repeated filters as OR lists", () => {
    expect(parse("")).toMatchObject({ q: "", sort: "relevance", page: 1, perPage: 24 });
    const p = parse("q=+tenun++&kabupaten=Lombok+Tengah&kabupaten=Lombok+Timur&scale=mikro&isUmk=true&minPrice=1000&maxPrice=5000&sort=price:asc&page=2&perPage=100");
    expect(p).toMatchObject({ q: "tenun", kabupaten: ["Lombok Tengah", "Lombok Timur"], scale: ["mikro"], isUmk: [true], minPrice: 1000, maxPrice: 5000, sort: "price:asc", page: 2, perPage: 100 });
  });

  it("treats empty form fields as not set", () => {
    const p = parse("q=&minPrice=&maxPrice=&category=");
    expect([p.q, p.minPrice, p.maxPrice, p.category]).toEqual(["", undefined, undefined, undefined]);
  });

  it.each([
    ["sort=cheapest", "sort"],
    ["perPage=500", "perPage"],
    ["perPage=0", "perPage"],
    ["page=0", "page"],
    ["page=abc", "page"],
    ["minPrice=10&maxPrice=5", "minPrice"],
    ["minPrice=murah", "minPrice"],
    ["maxPrice=-5", "maxPrice"],
    ["minPrice=1.5", "minPrice"],
    ["scale=raksasa", "scale"],
    ["isUmk=maybe", "isUmk"],
    ["isLocal=ya", "isLocal"],
    ["certification=iso9001", "certification"],
    ["businessId=not-a-uuid", "businessId"],
    ["sort=newest&sort=rating", "sort"],
    [`q=${"a".repeat(201)}`, "q"],
    ["color=red", "color"],
  ])("rejects %s naming the field %s", (qs, field) => {
    const details = problems(qs);
    expect(details.map((d) => d.path)).toContain(field);
    for (const d of details) expect(d.message).toMatch(/\S/);
  });

  it("answers in Bahasa Indonesia by default and in English on request", () => {
    expect(problems("perPage=500")[0]!.message).toBe("jumlah per halaman paling banyak 100.");
    expect(problems("perPage=500", "en")[0]!.message).toBe("results per page must be at most 100.");
    expect(problems("minPrice=9&maxPrice=1")[0]!.message).toMatch(/Harga terendah/);
    expect(problems("scale=raksasa", "en")[0]!.message).toMatch(/Allowed: mikro, kecil, menengah, besar/);
  });

  it("normalizes queries for the demand log", () => {
    expect(normalizeSearchQuery("  Kain   TENUN\tSukarara ")).toBe("kain tenun sukarara");
  });
});

describe("Meilisearch filter building", () => {
  const base = parse("");
  it("quotes and escapes string values so they cannot break out of the literal", () => {
    expect(filterLiteral('Lombok "Tengah"')).toBe('"Lombok \\"Tengah\\""');
    expect(filterLiteral("a\\b")).toBe('"a\\\\b"');
    expect(filterLiteral('x" OR isUmk = false OR category = "y')).toBe('"x\\" OR isUmk = false OR category = \\"y"');
    expect(filterLiteral(true)).toBe("true");
  });

  it("ORs within a filter and ANDs across filters", () => {
    const params: ProductSearchQuery = { ...base, kabupaten: ["Lombok Tengah", "Bima"], isUmk: [true], minPrice: 5, maxPrice: 10 };
    expect(buildProductFilter(params)).toEqual(['(kabupaten = "Lombok Tengah" OR kabupaten = "Bima")', "isUmk = true", "priceIdr >= 5", "priceIdr <= 10"]);
    expect(buildProductFilter(params, "kabupaten")).toEqual(["isUmk = true", "priceIdr >= 5", "priceIdr <= 10"]);
  });

  it("asks each filtered facet for its counts without its own filter", () => {
    const requests = buildProductSearchRequests("products", { ...base, q: "kopi", kabupaten: ["Bima"], sort: "price:desc" });
    expect(requests).toHaveLength(2);
    expect(requests[0]).toMatchObject({ q: "kopi", sort: ["priceIdr:desc"], filter: ['kabupaten = "Bima"'] });
    expect(requests[0]!.facets).not.toContain("kabupaten");
    expect(requests[1]).toMatchObject({ facets: ["kabupaten"], filter: [], hitsPerPage: 0 });
  });
});
