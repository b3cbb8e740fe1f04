import { buildOpenApiDocument } from "@/lib/api/openapi";

type Operation = { parameters: Array<{ name: string; required: boolean }>; responses: Record<string, { content?: Record<string, unknown>; headers?: Record<string, unknown> }> };

describe("OpenAPI: CSV exports", () => {
  const doc = buildOpenApiDocument() as { paths: Record<string, { get?: Operation }> };

  it.each([
    ["/api/v1/exports/compliance-summary.csv", ["fiscalYear", "opdId", "lang"], true],
    ["/api/v1/exports/compliance-requests.csv", ["fiscalYear", "opdId", "lang"], true],
    ["/api/v1/exports/events.csv", ["fiscalYear", "opdId", "status", "compliance", "from", "to", "lang"], false],
    ["/api/v1/exports/payment-clock.csv", ["fiscalYear", "opdId", "lang"], true],
  ] as const)("documents GET %s as text/csv with its filters and errors", (path, params, yearRequired) => {
    const get = doc.paths[path]?.get;
    expect(get).toBeDefined();
    expect(get!.parameters.map((p) => p.name)).toEqual(params);
    expect(get!.parameters.find((p) => p.name === "fiscalYear")!.required).toBe(yearRequired);
    expect(Object.keys(get!.responses["200"]!.content!)).toEqual(["text/csv"]);
    expect(Object.keys(get!.responses["200"]!.headers!)).toEqual(["Content-Disposition", "Cache-Control"]);
    expect(Object.keys(get!.responses).sort()).toEqual(["200", "400", "401", "403", "503"]); // 503: database_unavailable, on every route
  });
});
