import { z } from "zod";
import { GAP_CODES } from "@/lib/domain/readiness/gaps";
import { PARTNER_KINDS, PARTNERSHIP_TYPES } from "@/lib/domain/readiness/partners";
import { addPartnerMemberSchema, gapFilterSchema, proposePartnershipSchema, registerPartnerSchema } from "@/lib/validation/mitra";
import { errorResponse, jsonResponse, jsonSchema, ref, type OpenApiFeature } from "./registry";

// Partners, partnerships, the gap board and readiness profiles (issue 14), from the zod schemas the routes parse with.

const uuid = z.string().describe("UUID");
const partnerSchema = z.object({
  id: uuid, name: z.string(), kind: z.enum(PARTNER_KINDS), regionId: uuid, regionName: z.string(), verified: z.boolean(), verifiedAt: z.string().nullable(),
  members: z.array(z.object({ userId: uuid, name: z.string(), email: z.string() })),
  actions: z.object({ verify: z.boolean(), addMember: z.boolean() }),
});
const partnershipSchema = z.object({
  id: uuid, partnerId: uuid, partnerName: z.string(), businessId: uuid, businessName: z.string(), businessNib: z.string(),
  type: z.enum(PARTNERSHIP_TYPES), status: z.enum(["proposed", "accepted", "declined", "ended"]),
  proposedAt: z.string(), decidedAt: z.string().nullable(), endedAt: z.string().nullable(), startsOn: z.string().nullable(), endsOn: z.string().nullable(),
  evidence: z.string().nullable().describe("The partner's note on the work."),
  evidenceFiles: z.array(z.object({ id: uuid, key: z.string().describe("Served at /media/{key} to the two sides and the admins."), contentType: z.string(), note: z.string().nullable(), uploadedAt: z.string() })),
  actions: z.object({ accept: z.boolean(), decline: z.boolean(), end: z.boolean(), readBusinessData: z.boolean(), uploadEvidence: z.boolean() }),
});
const progressSchema = z.object({ total: z.number().int(), closed: z.number().int(), open: z.number().int(), share: z.number().describe("closed / total") });
const batchSchema = z.object({
  id: uuid, gapCode: z.enum(GAP_CODES), gapName: z.object({ id: z.string(), en: z.string() }), regionId: uuid,
  filter: z.object({ gapCode: z.enum(GAP_CODES), kabupatenId: uuid, kabupatenName: z.string(), categoryId: uuid.nullable(), categoryName: z.string().nullable() }),
  claimedByPartnerId: uuid.nullable(), claimedByName: z.string().nullable(), claimedAt: z.string().nullable(), createdAt: z.string(),
  progress: progressSchema.describe("Measured from today's readiness profiles: a member's gap is closed when its profile no longer has it."),
  members: z.array(z.object({ businessId: uuid, name: z.string(), nib: z.string(), closed: z.boolean() })).optional().describe("Only for the province's admin and the claiming partner."),
  actions: z.object({ claim: z.boolean(), isMine: z.boolean() }).optional(),
});
const readinessSchema = z.object({
  businessId: uuid, name: z.string(), nib: z.string(), kbli: z.string(), scale: z.string(), kabupatenId: uuid, kabupatenName: z.string(),
  categoryId: uuid.nullable(), categoryIds: z.array(uuid), gaps: z.array(z.enum(GAP_CODES)),
  gapNames: z.array(z.object({ code: z.enum(GAP_CODES), id: z.string(), en: z.string() })),
  profile: z.record(z.string(), z.unknown()).describe("The facts the gaps are computed from (lib/domain/readiness/gaps.ts ReadinessProfile)."),
  certificates: z.array(z.object({ kind: z.string(), number: z.string(), expiresOn: z.string().nullable(), documentPath: z.string().nullable() })),
  pendingCertificates: z.array(z.object({ id: uuid, kind: z.string(), number: z.string(), expiresOn: z.string().nullable(), documentPath: z.string() })),
});

const idParam = (description: string) => ({ name: "id", in: "path", required: true, description, schema: { type: "string", format: "uuid" } });
const json = (name: string) => ({ required: true, content: { "application/json": { schema: ref(name) } } });
const auth = { "401": errorResponse("Not signed in."), "403": errorResponse("Signed in, but not allowed (can() says no).") };
const invalid = { "400": errorResponse("The body is not valid JSON."), "422": errorResponse("Invalid fields; `error.details` is a list of { path, message }.") };
const tags = ["Partners"];

const partnershipEvent = (event: "accept" | "decline" | "end", summary: string) => ({
  post: {
    tags, operationId: `${event}Partnership`, summary, parameters: [idParam("Partnership id")],
    description: event === "end" ? "Either side (the UMK's sellers or the partner's members). Audited." : "The UMK's sellers only. Accepting opens the UMK's readiness profile and documents to the partner. Audited.",
    responses: { "200": { description: "The new status.", content: { "application/json": { schema: { type: "object", properties: { id: { type: "string" }, status: { type: "string" } } } } } }, ...auth, "404": errorResponse("No such partnership."), "409": errorResponse("Not allowed from the current status.") },
  },
});

export const mitraFeature: OpenApiFeature = {
  tags: [{ name: "Partners", description: "Partner organizations, partnerships with UMKs, the gap board and readiness profiles." }],
  schemas: {
    RegisterPartner: jsonSchema(registerPartnerSchema, "input"),
    AddPartnerMember: jsonSchema(addPartnerMemberSchema, "input"),
    ProposePartnership: jsonSchema(z.intersection(proposePartnershipSchema, z.object({ partnerId: uuid.describe("The caller's partner organization.") })), "input"),
    GapFilter: jsonSchema(gapFilterSchema, "input"),
    ClaimGapBatch: jsonSchema(z.object({ partnerId: uuid.describe("The caller's partner organization.") }), "input"),
    Partner: jsonSchema(partnerSchema),
    PartnerList: jsonSchema(z.object({ partners: z.array(partnerSchema) })),
    Partnership: jsonSchema(partnershipSchema),
    PartnershipList: jsonSchema(z.object({ partnerships: z.array(partnershipSchema) })),
    GapBatch: jsonSchema(batchSchema),
    GapBatchList: jsonSchema(z.object({ batches: z.array(batchSchema) })),
    ReadinessProfile: jsonSchema(readinessSchema),
  },
  paths: {
    "/api/v1/partners": {
      get: { tags, operationId: "listPartners", summary: "Partner organizations of the admin's province", responses: { "200": jsonResponse("Partners with members and next actions.", "PartnerList"), ...auth } },
      post: { tags, operationId: "registerPartner", summary: "Register a partner organization (admin)", requestBody: json("RegisterPartner"), responses: { "201": { description: "Registered, unverified." }, ...auth, ...invalid } },
    },
    "/api/v1/partners/{id}/verify": {
      post: { tags, operationId: "verifyPartner", summary: "Verify a partner (admin of its province)", parameters: [idParam("Partner id")], responses: { "200": { description: "Verified." }, ...auth, "404": errorResponse("No such partner."), "409": errorResponse("Already verified.") } },
    },
    "/api/v1/partners/{id}/members": {
      post: {
        tags, operationId: "addPartnerMember", summary: "Give a person the partner role (admin)", parameters: [idParam("Partner id")], requestBody: json("AddPartnerMember"),
        description: "A person without an account gets one without a password (set through password reset).",
        responses: { "201": { description: "Member added." }, ...auth, "404": errorResponse("No such partner."), "409": errorResponse("The partner is not verified, or the person already belongs to it."), ...invalid },
      },
    },
    "/api/v1/partnerships": {
      get: { tags, operationId: "listPartnerships", summary: "Partnerships the caller may read", description: "Of the caller's businesses (seller), of their partner organization (partner), of their province (admin); empty otherwise.", responses: { "200": jsonResponse("Newest first.", "PartnershipList"), "401": auth["401"] } },
      post: {
        tags, operationId: "proposePartnership", summary: "Propose a partnership to a UMK (verified partner)", requestBody: json("ProposePartnership"),
        responses: { "201": { description: "Proposed; the UMK accepts or declines." }, ...auth, "404": errorResponse("No such business in the partner's province."), "409": errorResponse("The partner is not verified, or the same type is already proposed or running."), ...invalid },
      },
    },
    "/api/v1/partnerships/{id}/accept": partnershipEvent("accept", "The UMK accepts a proposed partnership"),
    "/api/v1/partnerships/{id}/decline": partnershipEvent("decline", "The UMK declines a proposed partnership"),
    "/api/v1/partnerships/{id}/end": partnershipEvent("end", "End a partnership (either side)"),
    "/api/v1/partnerships/{id}/evidence": {
      post: {
        tags, operationId: "uploadPartnershipEvidence", summary: "Add an evidence file (either side)", parameters: [idParam("Partnership id")],
        requestBody: { required: true, content: { "multipart/form-data": { schema: { type: "object", required: ["file"], properties: { file: { type: "string", format: "binary", description: "PDF, JPEG or PNG, ≤ 10 MB; content-sniffed and decoded." }, note: { type: "string", maxLength: 300 } } } } } },
        responses: { "201": { description: "Stored." }, ...auth, "404": errorResponse("No such partnership."), "413": errorResponse("Larger than 10 MB."), "415": errorResponse("Not a PDF, JPEG or PNG."), "422": errorResponse("No file, or it does not decode as its type.") },
      },
    },
    "/api/v1/gap-batches": {
      get: { tags, operationId: "listGapBatches", summary: "The gap board", description: "The admin sees every batch of their province; a partner sees the open batches of its province and those it claimed.", responses: { "200": jsonResponse("Newest first, with progress.", "GapBatchList"), ...auth } },
      post: { tags, operationId: "createGapBatch", summary: "Build a batch from a profile filter (admin)", description: "Members are the UMKs of the kabupaten (and category) that have the gap today, stored with their gaps at creation.", requestBody: json("GapFilter"), responses: { "201": jsonResponse("The batch.", "GapBatch"), ...auth, "404": errorResponse("No such kabupaten or category."), ...invalid } },
    },
    "/api/v1/gap-batches/{id}": {
      get: { tags, operationId: "getGapBatch", summary: "One batch and its progress", parameters: [idParam("Batch id")], responses: { "200": jsonResponse("Members only for the admin and the claimer.", "GapBatch"), ...auth, "404": errorResponse("No such batch.") } },
    },
    "/api/v1/gap-batches/{id}/claim": {
      post: {
        tags, operationId: "claimGapBatch", summary: "Claim an open batch (verified partner)", parameters: [idParam("Batch id")], requestBody: json("ClaimGapBatch"),
        description: "Proposes to every member the partnership type that closes the gap (e.g. certifier for a missing food permit). The partner is credited with the gaps that close, measured from data.",
        responses: { "200": { description: "Claimed." }, ...auth, "404": errorResponse("No such batch in the partner's province."), "409": errorResponse("Already claimed, or the partner is not verified."), ...invalid },
      },
    },
    "/api/v1/businesses/{id}/readiness": {
      get: {
        tags, operationId: "getBusinessReadiness", summary: "A UMK's readiness profile (non-public)", parameters: [idParam("Business id")],
        description: "Its sellers, the province's admins, and a partner with an ACCEPTED partnership with it; 403 for everyone else (a proposed, declined or ended partnership opens nothing).",
        responses: { "200": jsonResponse("Profile, gaps and certificates.", "ReadinessProfile"), ...auth, "404": errorResponse("No such UMK (non-UMK and rejected businesses have no profile).") },
      },
    },
  },
};
