import { listRedFlagsQuerySchema, reviewRedFlagSchema } from "@/lib/validation/flags";
import { flagReviewResultSchema, redFlagListViewSchema, redFlagViewSchema } from "@/lib/validation/views/flags";
import { errorResponse, jsonResponse, jsonSchema, queryParameters, type OpenApiFeature } from "./registry";

// Red flags (issue 15): recomputed from the data for a fiscal year; only an auditor's review is stored.

const required = (name: string) => (p: { name: string }) => (p.name === name ? { ...p, required: true } : p);
const common = {
  "401": errorResponse("Not signed in."),
  "403": errorResponse("Not an auditor or admin of a region (reviews: auditors only)."),
};

export const flagsFeature: OpenApiFeature = {
  tags: [{ name: "Red flags", description: "The auditor's red flags of a fiscal year — prices far above the category median or reference price, split packages, spend concentration (HHI, top seller), repeated exceptions, reused justification texts, approval and payment delays, stale BASTs and shipments, decisions outside WITA working hours — computed with the thresholds of the region's policy (`rules.redFlags`, `rules.paymentClock.maxDaysToPay`)." }],
  schemas: { RedFlag: jsonSchema(redFlagViewSchema), RedFlagList: jsonSchema(redFlagListViewSchema), RedFlagReview: jsonSchema(flagReviewResultSchema) },
  paths: {
    "/api/v1/audit/flags": {
      get: {
        tags: ["Red flags"], operationId: "listRedFlags", summary: "The fiscal year's red flags, with their reviews",
        description: "red_flag.read (auditor and admin, region-wide). Recomputed on every call; each flag links to its transaction and evidence and carries its stored review, if any. `total` and `counts` are before the kind/OPD/reviewed filter.",
        parameters: queryParameters(listRedFlagsQuerySchema).map(required("year")),
        responses: { "200": jsonResponse("The flags, newest first.", "RedFlagList"), "400": errorResponse("An invalid parameter."), ...common },
      },
    },
    "/api/v1/audit/flags/{key}/review": {
      post: {
        tags: ["Red flags"], operationId: "reviewRedFlag", summary: "Mark a red flag reviewed, with a note",
        description: "red_flag.review (an auditor of the flag's region). The flag must be in its year's recomputation (its key names the kind and the year); one review per flag. Written with an audit event holding the flag's figures as they stood.",
        parameters: [{ name: "key", in: "path", required: true, description: "The flag's stable key, e.g. `approval-delay.2026.<request id>`.", schema: { type: "string" } }],
        requestBody: { required: true, content: { "application/json": { schema: jsonSchema(reviewRedFlagSchema, "input") } } },
        responses: {
          "201": jsonResponse("Reviewed.", "RedFlagReview"),
          ...common,
          "404": errorResponse("No such flag in its year's computation."),
          "409": errorResponse("Already reviewed (`error.details.reason`: `flag_already_reviewed`)."),
          "422": errorResponse("Invalid body (the note is required)."),
        },
      },
    },
  },
};
