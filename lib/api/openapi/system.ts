import { z } from "zod";
import { errorResponse, jsonResponse, jsonSchema, type OpenApiFeature } from "./registry";

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
  ],
  schemas: { Health: jsonSchema(healthSchema), AuditVerification: jsonSchema(auditVerifySchema) },
  paths: {
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
