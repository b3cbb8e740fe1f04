import { buildOpenApiDocument } from "@/lib/api/openapi";

type Operation = { security?: unknown[]; parameters: Array<{ name: string; required: boolean; schema: Record<string, unknown> }>; responses: Record<string, { content?: Record<string, { schema: { $ref?: string } }> }> };

describe("OpenAPI: open data", () => {
  const doc = buildOpenApiDocument() as unknown as { paths: Record<string, { get?: Operation }>; components: { schemas: Record<string, { properties?: Record<string, unknown> }> }; tags: Array<{ name: string }> };
  const operation = doc.paths["/api/v1/ocds/release-package"]?.get;

  it("documents the public release-package endpoint with a required four-digit fiscalYear", () => {
    expect(operation).toBeDefined();
    expect(operation!.security).toEqual([]);
    const fiscalYear = operation!.parameters.find((p) => p.name === "fiscalYear")!;
    expect(fiscalYear.required).toBe(true);
    expect(fiscalYear.schema).toMatchObject({ type: "string", pattern: "^\\d{4}$" });
    expect(operation!.parameters.find((p) => p.name === "download")).toMatchObject({ required: false, schema: { enum: ["0", "1"] } });
    expect(Object.keys(operation!.responses).sort()).toEqual(["200", "400", "404", "503"]); // 503: database_unavailable, on every route
    expect(doc.tags.map((t) => t.name)).toContain("Open data");
  });

  it("resolves its schema reference to the package shape", () => {
    const name = operation!.responses["200"]!.content!["application/json"]!.schema.$ref!.split("/").pop()!;
    expect(Object.keys(doc.components.schemas[name]!.properties!)).toEqual(["uri", "version", "extensions", "publishedDate", "publisher", "releases"]);
  });
});
