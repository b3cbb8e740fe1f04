import { buildOpenApiDocument } from "@/lib/api/openapi";

type Operation = { operationId: string; parameters: Array<{ name: string; required: boolean }>; responses: Record<string, { content?: Record<string, unknown>; headers?: Record<string, { description: string }> }> };

describe("OpenAPI: XLSX siblings and the PDF audit report", () => {
  const doc = buildOpenApiDocument() as { paths: Record<string, { get?: Operation }>; components: { schemas: Record<string, unknown> } };
  const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  it.each(["compliance-summary", "compliance-requests", "events", "payment-clock"])("documents %s.xlsx with the CSV's parameters and errors", (name) => {
    const csv = doc.paths[`/api/v1/exports/${name}.csv`]!.get!;
    const xlsx = doc.paths[`/api/v1/exports/${name}.xlsx`]?.get;
    expect(xlsx).toBeDefined();
    expect(xlsx!.operationId).toMatch(/Xlsx$/);
    expect(xlsx!.parameters).toEqual(csv.parameters);
    expect(Object.keys(xlsx!.responses).sort()).toEqual(Object.keys(csv.responses).sort());
    expect(Object.keys(xlsx!.responses["200"]!.content!)).toEqual([XLSX]);
    expect(xlsx!.responses["200"]!.headers!["Content-Disposition"]!.description).toMatch(/\.xlsx"/);
  });

  it("documents GET /api/v1/exports/audit-report.pdf with a required OPD and year", () => {
    const get = doc.paths["/api/v1/exports/audit-report.pdf"]?.get;
    expect(get).toBeDefined();
    expect(get!.parameters.map((p) => [p.name, p.required])).toEqual([["fiscalYear", true], ["opdId", true], ["lang", false]]);
    expect(Object.keys(get!.responses["200"]!.content!)).toEqual(["application/pdf"]);
    expect(Object.keys(get!.responses).sort()).toEqual(["200", "400", "401", "403", "503"]);
  });

  it("documents the payment clock's age distribution", () => {
    const text = JSON.stringify(doc.components.schemas.PaymentClock);
    expect(text).toContain("ageBuckets");
  });
});
