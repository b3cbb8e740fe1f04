import { buildOpenApiDocument } from "@/lib/api/openapi";

describe("OpenAPI: seller and verification endpoints", () => {
  const doc = buildOpenApiDocument() as { paths: Record<string, Record<string, { responses: Record<string, unknown> }>>; components: { schemas: Record<string, { required?: string[]; properties?: Record<string, unknown> }> } };

  it.each([
    ["/api/v1/businesses", "post"],
    ["/api/v1/businesses/{id}/verify", "post"],
    ["/api/v1/businesses/{id}/reject", "post"],
    ["/api/v1/businesses/{id}/suspend", "post"],
    ["/api/v1/businesses/{id}/reinstate", "post"],
    ["/api/v1/seller/documents", "post"],
    ["/api/v1/seller/products", "post"],
    ["/api/v1/seller/products/{id}", "patch"],
    ["/api/v1/seller/products/{id}/archive", "post"],
    ["/api/v1/seller/products/{id}/photos", "post"],
  ])("documents %s %s", (path, method) => {
    expect(doc.paths[path]?.[method]?.responses).toBeDefined();
  });

  it("every $ref resolves, and defaulted fields are optional in request bodies", () => {
    const mine = Object.fromEntries(Object.entries(doc.paths).filter(([p]) => p.startsWith("/api/v1/businesses") || p.startsWith("/api/v1/seller/")));
    const refs = (JSON.stringify(mine).match(/"#\/components\/schemas\/[^"]+"/g) ?? []).map((r) => r.slice(22, -1)).filter((n) => n !== "Error");
    expect(refs.length).toBeGreaterThan(10);
    for (const name of refs) expect(doc.components.schemas[name]).toBeDefined();
    expect(doc.components.schemas.CreateProduct!.required).not.toContain("status");
    expect(doc.components.schemas.CreateProduct!.required).toContain("priceIdr");
    expect(doc.components.schemas.CreateProduct!.properties).not.toHaveProperty("isLocal");
  });
});
