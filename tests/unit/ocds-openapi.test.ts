import { buildOpenApiDocument } from "@/lib/api/openapi";

type Operation = { security?: unknown[]; parameters: Array<{ name: string; required: boolean; schema: Record<string, unknown> }>; responses: Record<string, { content?: Record<string, { schema: { $ref?: string } }> }> };

describe("OpenAPI: open data", () => {
  const doc = buildOpenApiDocument() as unknown as { paths: Record<string, { get?: Operation }>; components: { schemas: Record<string, { properties?: Record<string, unknown> }> }; tags: Array<{ name: string }> };

  it.each(["/api/v1/ocds/release-package", "/api/v1/ocds/record-package"])("documents the public %s endpoint with a required four-digit fiscalYear", (path) => {
    const operation = doc.paths[path]?.get;
    expect(operation).toBeDefined();
    expect(operation!.security).toEqual([]);
    const fiscalYear = operation!.parameters.find((p) => p.name === "fiscalYear")!;
    expect(fiscalYear.required).toBe(true);
    expect(fiscalYear.schema).toMatchObject({ type: "string", pattern: "^\\d{4}$" });
    expect(operation!.parameters.find((p) => p.name === "download")).toMatchObject({ required: false, schema: { enum: ["0", "1"] } });
    expect(Object.keys(operation!.responses).sort()).toEqual(["200", "400", "404", "503"]); // 503: database_unavailable, on every route
    expect(doc.tags.map((t) => t.name)).toContain("Open data");
  });

  it("resolves the schema references to the package shapes, metadata first", () => {
    const schemaOf = (path: string) => doc.components.schemas[doc.paths[path]!.get!.responses["200"]!.content!["application/json"]!.schema.$ref!.split("/").pop()!]!;
    const metadata = ["uri", "version", "extensions", "publishedDate", "publisher", "license", "publicationPolicy"];
    expect(Object.keys(schemaOf("/api/v1/ocds/release-package").properties!)).toEqual([...metadata, "releases"]);
    expect(Object.keys(schemaOf("/api/v1/ocds/record-package").properties!)).toEqual([...metadata, "packages", "records"]);
  });
});
