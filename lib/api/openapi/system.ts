import { z } from "zod";
import { createApiTokenSchema } from "@/lib/validation/api-tokens";
import { errorResponse, jsonResponse, jsonSchema, type OpenApiFeature } from "./registry";

const apiTokenSchema = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string().describe("The first characters, to tell tokens apart."),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
const createdApiTokenSchema = apiTokenSchema.extend({ token: z.string().describe("The secret, `pumk_…`; shown only in this response.") });
const sessionOnly = "Browser session only: a request carrying an Authorization header is refused (403), so a token cannot mint tokens.";

const healthSchema = z.object({ ok: z.boolean(), database: z.enum(["up", "down"]) });
const auditVerifySchema = z.object({
  ok: z.boolean(),
  length: z.number().int().describe("Events checked."),
  head: z.string().describe("Hash of the last event."),
  firstBrokenSeq: z.number().int().optional().describe("The first event whose hash does not match, when ok is false."),
});

export const systemFeature: OpenApiFeature = {
  tags: [
    { name: "System", description: "Liveness." },
    { name: "Audit", description: "The append-only, hash-chained audit trail." },
    { name: "API tokens", description: "Personal tokens for `Authorization: Bearer`; they act as their user with the user's current roles." },
  ],
  schemas: {
    Health: jsonSchema(healthSchema),
    AuditVerification: jsonSchema(auditVerifySchema),
    ApiToken: jsonSchema(apiTokenSchema),
    CreatedApiToken: jsonSchema(createdApiTokenSchema),
  },
  paths: {
    "/api/v1/api-tokens": {
      get: {
        tags: ["API tokens"],
        operationId: "listApiTokens",
        summary: "The signed-in person's tokens (never the secrets)",
        description: sessionOnly,
        security: [{ session: [] }],
        responses: {
          "200": { description: "The tokens.", content: { "application/json": { schema: { type: "object", properties: { tokens: { type: "array", items: { $ref: "#/components/schemas/ApiToken" } } } } } } },
          "401": errorResponse("Not signed in."),
          "403": errorResponse("Called with a token."),
        },
      },
      post: {
        tags: ["API tokens"],
        operationId: "createApiToken",
        summary: "Create a token (shown once)",
        description: sessionOnly,
        security: [{ session: [] }],
        requestBody: { required: true, content: { "application/json": { schema: jsonSchema(createApiTokenSchema, "input") } } },
        responses: {
          "201": jsonResponse("Created; copy `token` now.", "CreatedApiToken"),
          "422": errorResponse("Invalid name or expiry."),
          "401": errorResponse("Not signed in."),
          "403": errorResponse("Called with a token."),
        },
      },
    },
    "/api/v1/api-tokens/{id}": {
      delete: {
        tags: ["API tokens"],
        operationId: "revokeApiToken",
        summary: "Revoke one of your tokens",
        description: sessionOnly,
        security: [{ session: [] }],
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
        responses: {
          "204": { description: "Revoked; the token answers 401 from now on." },
          "401": errorResponse("Not signed in."),
          "403": errorResponse("Called with a token."),
          "404": errorResponse("No such token of yours."),
          "409": errorResponse("Already revoked."),
        },
      },
    },
    "/api/health": {
      get: {
        tags: ["System"],
        operationId: "health",
        summary: "Web tier and database liveness (search degradation is not an outage)",
        security: [],
        responses: { "200": jsonResponse("Up.", "Health"), "503": jsonResponse("The database is down.", "Health") },
      },
    },
    "/api/v1/audit/verify": {
      get: {
        tags: ["Audit"],
        operationId: "verifyAuditChain",
        summary: "Recompute the audit hash chain",
        description: "Auditor or admin.",
        responses: {
          "200": jsonResponse("The verdict.", "AuditVerification"),
          "401": errorResponse("Not signed in."),
          "403": errorResponse("Not an auditor or admin."),
        },
      },
    },
  },
};
