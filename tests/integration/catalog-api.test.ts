import postgres from "postgres";
import { testStack } from "../setup/stack";

// The route handlers over HTTP, on the production build the test stack serves (its own seeded database
// and the `app_` index the stack's worker keeps in sync).

jest.setTimeout(60_000);

const base = () => testStack().appUrl!;
const get = (path: string, headers: Record<string, string> = {}) => fetch(new URL(path, base()), { headers, redirect: "manual" });
const getJson = async (path: string, headers: Record<string, string> = {}) => {
  const response = await get(path, headers);
  return { status: response.status, body: (await response.json()) as any };
};

let hiddenId: string;

beforeAll(async () => {
  const sql = postgres(testStack().appDatabaseUrl!, { max: 1, onnotice: () => undefined });
  try {
    const [row] = await sql<{ id: string }[]>`
      SELECT p.id FROM products p JOIN businesses b ON b.id = p.business_id
       WHERE p.status <> 'active' OR b.verification_status <> 'verified' ORDER BY p.id LIMIT 1`;
    hiddenId = row!.id;
  } finally {
    await sql.end({ timeout: 1 });
  }
});

describe("GET /api/v1/products", () => {
  it("answers the public, anonymous contract", async () => {
    const { status, body } = await getJson("/api/v1/products?q=songkit&perPage=5");
    expect(status).toBe(200);
    expect(body).toMatchObject({ page: 1, perPage: 5, degraded: false, total: expect.any(Number) });
    expect(body.hits[0].title).toMatch(/songket/i);
    expect(body.hits[0].business).toEqual({ id: expect.any(String), name: expect.any(String), scale: expect.any(String), isUmk: expect.any(Boolean), kabupaten: expect.any(String) });
    for (const key of ["category", "kabupaten", "scale", "isUmk"]) expect(typeof body.facets[key]).toBe("object");
  });

  it("accepts repeated filters as OR and facet keys as filter values", async () => {
    const all = (await getJson("/api/v1/products?perPage=1")).body;
    const [a, b] = Object.keys(all.facets.kabupaten);
    const both = (await getJson(`/api/v1/products?kabupaten=${encodeURIComponent(a!)}&kabupaten=${encodeURIComponent(b!)}&perPage=1`)).body;
    expect(both.total).toBe(all.facets.kabupaten[a!] + all.facets.kabupaten[b!]);
    const umk = (await getJson("/api/v1/products?isUmk=true&scale=mikro&perPage=1")).body;
    expect(umk.total).toBe((await getJson("/api/v1/products?isUmk=true&perPage=1")).body.facets.scale.mikro);
  });

  it.each([
    ["sort=cheapest", "sort"],
    ["perPage=500", "perPage"],
    ["perPage=0", "perPage"],
    ["page=0", "page"],
    ["page=x", "page"],
    ["minPrice=100&maxPrice=10", "minPrice"],
    ["minPrice=murah", "minPrice"],
    ["maxPrice=1e9", "maxPrice"],
    ["scale=raksasa", "scale"],
    ["isUmk=maybe", "isUmk"],
    ["isLocal=1", "isLocal"],
    ["certification=iso", "certification"],
    ["businessId=123", "businessId"],
    ["unknown=1", "unknown"],
  ])("rejects %s with 400 naming %s", async (qs, field) => {
    const { status, body } = await getJson(`/api/v1/products?${qs}`);
    expect(status).toBe(400);
    expect(body.error).toMatchObject({ code: "bad_request", message: "Parameter pencarian tidak valid." });
    expect(body.error.details.map((d: { path: string }) => d.path)).toContain(field);
  });

  it("speaks English on request", async () => {
    const { status, body } = await getJson("/api/v1/products?perPage=500", { "accept-language": "en-GB,en;q=0.9" });
    expect(status).toBe(400);
    expect(body.error.message).toBe("Invalid search parameters.");
    expect(body.error.details[0]).toMatchObject({ path: "perPage", message: "results per page must be at most 100." });
  });
});

describe("GET /api/v1/products/{id}", () => {
  it("returns a public product with its details", async () => {
    const id = (await getJson("/api/v1/products?perPage=1")).body.hits[0].id;
    const { status, body } = await getJson(`/api/v1/products/${id}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ id, description: expect.any(String), photos: expect.any(Array), certifications: expect.any(Array), minOrder: expect.any(Number), leadTimeDays: expect.any(Number), stock: expect.any(Number) });
    expect(body).toHaveProperty("tkdnPercent");
  });

  it.each([["not public", () => hiddenId], ["unknown", () => "00000000-0000-4000-8000-000000000000"], ["malformed", () => "abc"]])("is 404 for a %s id", async (_label, id) => {
    const { status, body } = await getJson(`/api/v1/products/${id()}`);
    expect(status).toBe(404);
    expect(body.error.code).toBe("not_found");
  });
});

describe("GET /api/v1/openapi.json", () => {
  it("is an OpenAPI 3.1 document with the paths and resolvable schemas", async () => {
    const { status, body } = await getJson("/api/v1/openapi.json");
    expect(status).toBe(200);
    expect(body.openapi).toBe("3.1.0");
    for (const path of ["/api/v1/products", "/api/v1/products/{id}", "/api/v1/audit/verify", "/api/health"]) expect(body.paths[path]?.get).toBeDefined();
    const search = body.paths["/api/v1/products"].get;
    expect(search.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(["q", "category", "kabupaten", "scale", "isUmk", "isLocal", "minPrice", "maxPrice", "sort", "page", "perPage", "businessId"]));
    expect(search.parameters.find((p: { name: string }) => p.name === "sort").schema.enum).toEqual(["relevance", "price:asc", "price:desc", "newest", "rating"]);
    expect(body.components.schemas.ProductSearchResult.properties).toHaveProperty("facets");
    // Every $ref points at a schema that exists.
    const refs = JSON.stringify(body).match(/"#\/components\/schemas\/[^"]+"/g) ?? [];
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(body.components.schemas[ref.slice(22, -1)]).toBeDefined();
  });
});

describe("catalog pages without JavaScript", () => {
  it("renders search results, facets and the total in the HTML", async () => {
    const response = await get("/katalog?q=gerabh&kabupaten=Lombok+Barat");
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('data-testid="search-input"');
    expect(html).toContain('data-testid="search-total"');
    expect(html).toContain('data-testid="facet-kabupaten"');
    const checkbox = html.match(/<input[^>]*value="Lombok Barat"[^>]*>/)?.[0] ?? "";
    expect(checkbox).toContain('name="kabupaten"');
    expect(checkbox).toContain('checked=""');
    expect(html).toContain('data-testid="search-result"');
    expect(html).not.toContain('data-testid="search-degraded"');
  });

  it("keeps working on bad parameters and shows product pages (404 when not public)", async () => {
    expect((await get("/katalog?perPage=999&sort=x")).status).toBe(200);
    const id = (await getJson("/api/v1/products?perPage=1")).body.hits[0].id;
    const page = await get(`/produk/${id}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('data-testid="seller-card"');
    expect((await get(`/produk/${hiddenId}`)).status).toBe(404);
  });
});
