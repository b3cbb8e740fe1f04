import { buildOpenApiDocument } from "@/lib/api/openapi";
import { AppError, errorStatus, toErrorBody } from "@/lib/errors";

describe("OpenAPI: the error shape comes from the one error table", () => {
  const doc = buildOpenApiDocument() as {
    components: { schemas: { Error: { properties: { error: { properties: { code: { enum: string[] } } } } } } };
  };
  const documented = doc.components.schemas.Error.properties.error.properties.code.enum;

  it("lists every code the API can answer, card_payments_disabled included", () => {
    expect(documented).toEqual(Object.keys(errorStatus));
    expect(documented).toContain("card_payments_disabled");
  });

  it("documents the code each AppError puts in its body", () => {
    for (const code of Object.keys(errorStatus) as Array<keyof typeof errorStatus>) {
      expect(documented).toContain(toErrorBody(new AppError(code)).error.code);
    }
  });
});

describe("OpenAPI: the write rules every JSON route applies", () => {
  type Op = { requestBody?: { content?: Record<string, unknown> }; responses: Record<string, { description: string }> };
  const paths = (buildOpenApiDocument() as unknown as { paths: Record<string, Record<string, Op>> }).paths;

  it("lists csrf_rejected under 403 on every write, and 415 on every JSON body; not on the Stripe webhook", () => {
    const ship = paths["/api/v1/orders/{id}/ship"]!.post!;
    expect(ship.responses["403"]!.description).toContain("csrf_rejected");
    expect(ship.responses["415"]!.description).toContain("application/json");
    expect(ship.responses["400"]!.description).toContain("empty");
    for (const ops of Object.values(paths)) for (const [method, op] of Object.entries(ops)) {
      if (method !== "get" && op.requestBody?.content?.["application/json"] && op !== paths["/api/v1/stripe/webhook"]?.post) expect(op.responses["415"]).toBeDefined();
    }
    expect(JSON.stringify(paths["/api/v1/stripe/webhook"])).not.toContain("csrf_rejected");
  });
});
