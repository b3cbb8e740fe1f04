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
