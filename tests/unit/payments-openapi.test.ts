import { buildOpenApiDocument } from "@/lib/api/openapi";

describe("OpenAPI: payments endpoints", () => {
  const doc = buildOpenApiDocument() as { paths: Record<string, Record<string, { responses: Record<string, unknown> }>>; components: { schemas: Record<string, { required?: string[] }> } };

  it.each([
    ["/api/v1/orders/{id}/payments", "post"],
    ["/api/v1/orders/{id}/payments", "get"],
    ["/api/v1/orders/{id}/checkout", "post"],
    ["/api/v1/orders/{id}/close-remaining", "post"],
    ["/api/v1/invoices/{id}", "get"],
    ["/api/v1/stripe/webhook", "post"],
    ["/api/v1/treasury/queue", "get"],
    ["/api/v1/payouts", "get"],
    ["/api/v1/payouts", "post"],
    ["/api/v1/payment-clock", "get"],
    ["/api/v1/payouts/clock", "get"],
  ])("documents %s %s", (path, method) => {
    expect(doc.paths[path]?.[method]?.responses).toBeDefined();
  });

  it("every $ref resolves and the ×100 conversion is documented", () => {
    const mine = JSON.stringify(Object.fromEntries(Object.entries(doc.paths).filter(([p]) => /payments|checkout|close-remaining|invoices|stripe|treasury|payouts|payment-clock/.test(p))));
    const refs = (mine.match(/"#\/components\/schemas\/[^"]+"/g) ?? []).map((r) => r.slice(22, -1)).filter((n) => n !== "Error");
    expect(refs.length).toBeGreaterThanOrEqual(10);
    for (const name of refs) expect(doc.components.schemas[name]).toBeDefined();
    expect(mine).toContain("15000000");
    expect(doc.paths["/api/v1/payouts"]!.post!.responses["503"]).toBeDefined();
  });
});
