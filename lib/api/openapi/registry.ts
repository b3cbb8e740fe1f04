import { z } from "zod";
import { ERROR_CODES } from "@/lib/errors";

// A deliberately small OpenAPI registry: each feature file exports its paths and named schemas, built
// from the same zod schemas the routes parse with, and index.ts merges them into one document.

export type JsonSchema = Record<string, unknown>;
export type OpenApiOperation = Record<string, unknown>;
export type OpenApiFeature = {
  tags?: Array<{ name: string; description: string }>;
  /** Named schemas under components.schemas, referenced as `#/components/schemas/<Name>`. */
  schemas?: Record<string, JsonSchema>;
  paths: Record<string, Partial<Record<"get" | "post" | "put" | "patch" | "delete", OpenApiOperation>>>;
};

/**
 * A view's z.date() is a `Date` in the service and an ISO string once Response.json has written it, so the
 * document says what the client receives. (Without this, `unrepresentable: "any"` would leave it `{}`.)
 */
const documentDatesAsStrings: NonNullable<Parameters<typeof z.toJSONSchema>[1]>["override"] = ({ zodSchema, jsonSchema: out }) => {
  if (zodSchema._zod.def.type === "date") Object.assign(out, { type: "string", format: "date-time" });
};

/** JSON Schema (2020-12, as OpenAPI 3.1 uses) of a zod schema; `io: "input"` describes what a client sends. */
export const jsonSchema = (schema: z.ZodType, io: "input" | "output" = "output"): JsonSchema => {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any", override: documentDatesAsStrings }) as JsonSchema;
  return rest;
};

export const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/** Query parameters from a zod object: one entry per key; a value-or-array field becomes a repeatable (exploded) array. */
export const queryParameters = (schema: z.ZodObject, options: { repeatable?: readonly string[] } = {}) =>
  Object.entries(schema.shape).map(([name, field]) => {
    const fieldSchema = field as z.ZodType;
    let s = jsonSchema(fieldSchema, "input");
    const options_ = (s.anyOf as JsonSchema[] | undefined) ?? [];
    const arrayOption = options_.find((o) => o.type === "array");
    const repeatable = options.repeatable?.includes(name) && arrayOption !== undefined;
    if (repeatable) s = { ...arrayOption, ...(s.description ? { description: s.description } : {}) };
    const { description, ...rest } = s;
    return {
      name,
      in: "query",
      required: false,
      ...(description ? { description } : {}),
      schema: rest,
      ...(repeatable ? { style: "form", explode: true } : {}),
    };
  });

export const errorResponse = (description: string) => ({
  description,
  content: { "application/json": { schema: ref("Error") } },
});

export const jsonResponse = (description: string, schemaName: string) => ({
  description,
  content: { "application/json": { schema: ref(schemaName) } },
});

/** The one error shape of the API; its codes come from the one error table. */
export const errorSchema = z.object({
  error: z.object({
    code: z.enum(ERROR_CODES).describe("One of the codes of lib/errors.ts's status table, so the document cannot fall behind the API."),
    message: z.string().describe("In Bahasa Indonesia, or English when the request says Accept-Language: en."),
    details: z.unknown().optional().describe("For 400: a list of { path, code, message }, one per invalid parameter."),
  }),
});
