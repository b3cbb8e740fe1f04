import { z } from "zod";
import { INDONESIAN_BANKS } from "@/lib/domain/business/bank-account";
import { bankAccountSchema, registerBusinessSchema, verificationDecisionSchema } from "@/lib/validation/business";
import { createProductSchema, updateProductSchema } from "@/lib/validation/product";
import { errorResponse, jsonResponse, jsonSchema, ref, type JsonSchema, type OpenApiFeature } from "./registry";

// Seller and Diskop write endpoints, documented from the same zod schemas the routes parse with.

/** A request body: fields with a default are optional for the client, whatever the parsed type says. */
const requestBody = (schema: z.ZodType): JsonSchema => {
  const s = jsonSchema(schema, "output");
  const properties = (s.properties ?? {}) as Record<string, JsonSchema>;
  const required = ((s.required ?? []) as string[]).filter((k) => !("default" in (properties[k] ?? {})));
  return { ...s, required };
};

const uuid = z.string().describe("UUID");
const registeredBusinessSchema = z.object({
  businessId: uuid,
  scale: z.enum(["mikro", "kecil", "menengah", "besar"]).describe("PP 7/2021 scale; the larger of the capital and turnover criteria decides."),
  verificationStatus: z.literal("pending"),
});
const decisionResultSchema = z.object({
  id: uuid,
  verificationStatus: z.enum(["pending", "verified", "rejected", "suspended"]),
  reason: z.string().nullable(),
  recheckDueAt: z.string().nullable().describe("ISO time, one year after verification/reinstatement; null otherwise."),
});
const productWriteResultSchema = z.object({
  id: uuid,
  status: z.enum(["draft", "active", "archived"]),
  businessId: uuid.optional(),
  isLocal: z.boolean().optional().describe("Computed from the origin kabupaten (inside the business's province); never sent by the client."),
});
const productPhotoSchema = z.object({ key: z.string(), thumbnailKey: z.string(), contentType: z.string(), width: z.number().int(), height: z.number().int() });
const productPhotosResultSchema = z.object({ id: uuid, photos: z.array(productPhotoSchema).max(5).describe("Served at /media/{key} and /media/{thumbnailKey} (480 px WebP).") });
const storedDocumentSchema = z.object({ key: z.string().describe("Pass as certifications[].documentKey when registering."), contentType: z.enum(["application/pdf", "image/jpeg", "image/png"]) });

const payoutAccountViewSchema = z.object({
  businessId: uuid,
  hasAccount: z.boolean().describe("Bank, number and holder all given: only then can a treasurer record an SP2D/UP transfer to this seller."),
  bankCode: z.string().nullable().describe("Sandi bank, e.g. 002 (BRI)."),
  bankName: z.string().nullable(),
  accountNumber: z.string().nullable().describe("Masked: •••• and the last four digits. The whole number is never returned by the API."),
  accountName: z.string().nullable(),
  display: z.string().nullable().describe("e.g. \"BRI •••• 1234\"; null without an account."),
});
const bankList = INDONESIAN_BANKS.map((b) => `${b.code} ${b.name}${b.digits ? ` (${b.digits.join("/")} digits)` : ""}`).join(", ");
const businessIdQuery = { name: "businessId", in: "query", required: false, description: "Only for a caller who sells for several businesses.", schema: { type: "string", format: "uuid" } };

const idParam = (description: string) => ({ name: "id", in: "path", required: true, description, schema: { type: "string", format: "uuid" } });
const json = (name: string) => ({ required: true, content: { "application/json": { schema: ref(name) } } });
const auth = {
  "401": errorResponse("Not signed in."),
  "403": errorResponse("Signed in, but not allowed (e.g. another seller's product, or an admin of another province)."),
};
const invalid = {
  "400": errorResponse("The body is not valid JSON."),
  "422": errorResponse("Invalid fields; `error.details` is a list of { path, message }."),
};

const decision = (name: "verify" | "reject" | "suspend" | "reinstate", summary: string, needsReason: boolean) => ({
  post: {
    tags: ["Verification"],
    operationId: `${name}Business`,
    summary,
    description: `${needsReason ? "A `reason` (5–1000 characters) is required and shown to the seller. " : ""}Only an admin of the business's province. Writes an audit event and re-queues all the business's products for search in the same transaction.`,
    parameters: [idParam("Business id")],
    requestBody: { required: needsReason, content: { "application/json": { schema: ref("VerificationDecision") } } },
    responses: {
      "200": jsonResponse("The new status.", "VerificationResult"),
      ...auth,
      "404": errorResponse("No such business."),
      "409": errorResponse("Not allowed from the current status (pending→verified|rejected, verified→suspended, suspended→verified)."),
      ...invalid,
    },
  },
});

export const sellersFeature: OpenApiFeature = {
  tags: [
    { name: "Sellers", description: "Business registration and product listings of UMK sellers." },
    { name: "Verification", description: "Diskop UKM decisions on businesses." },
  ],
  schemas: {
    RegisterBusiness: requestBody(registerBusinessSchema),
    RegisteredBusiness: jsonSchema(registeredBusinessSchema),
    VerificationDecision: requestBody(verificationDecisionSchema),
    VerificationResult: jsonSchema(decisionResultSchema),
    CreateProduct: requestBody(createProductSchema),
    UpdateProduct: requestBody(updateProductSchema),
    ProductWriteResult: jsonSchema(productWriteResultSchema),
    ProductPhotos: jsonSchema(productPhotosResultSchema),
    StoredDocument: jsonSchema(storedDocumentSchema),
    BankAccount: requestBody(bankAccountSchema),
    PayoutAccount: jsonSchema(payoutAccountViewSchema),
  },
  paths: {
    "/api/v1/businesses": {
      post: {
        tags: ["Sellers"],
        operationId: "registerBusiness",
        summary: "Register the caller's business",
        description:
          "Creates a pending business in a kabupaten/kota of NTB, its certifications, and a `seller` membership for the caller, in one transaction. The web wizard (/daftar-usaha) does the same step by step.",
        requestBody: json("RegisterBusiness"),
        responses: {
          "201": jsonResponse("The pending business.", "RegisteredBusiness"),
          "401": auth["401"],
          "403": errorResponse("A certification document that the caller did not upload."),
          "409": errorResponse("`NIB sudah terdaftar` (NIB taken), or the caller's registration was already submitted."),
          ...invalid,
        },
      },
    },
    "/api/v1/businesses/{id}/verify": decision("verify", "Verify a pending business", false),
    "/api/v1/businesses/{id}/reject": decision("reject", "Reject a pending business", true),
    "/api/v1/businesses/{id}/suspend": decision("suspend", "Suspend a verified business (its products leave search)", true),
    "/api/v1/businesses/{id}/reinstate": decision("reinstate", "Reinstate a suspended business", false),
    "/api/v1/seller/payout-account": {
      get: {
        tags: ["Sellers"],
        operationId: "getPayoutAccount",
        summary: "The caller's payout bank account (masked)",
        parameters: [businessIdQuery],
        responses: { "200": jsonResponse("The account, masked.", "PayoutAccount"), ...auth, "404": errorResponse("No such business.") },
      },
      put: {
        tags: ["Sellers"],
        operationId: "updatePayoutAccount",
        summary: "Set the caller's payout bank account",
        description: `Where treasurers transfer SP2D/UP payments and the platform disburses card payments. \`payoutBankCode\` is a sandi bank from the list: ${bankList}. \`payoutAccountNumber\` is digits only (spaces, dots and dashes are dropped) of the bank's length, else 6–20. Only the business's own sellers; the change is audited with the old and new account masked.`,
        parameters: [businessIdQuery],
        requestBody: json("BankAccount"),
        responses: { "200": jsonResponse("Saved; answered masked.", "PayoutAccount"), ...auth, "404": errorResponse("No such business."), ...invalid },
      },
    },
    "/api/v1/seller/documents": {
      post: {
        tags: ["Sellers"],
        operationId: "uploadCertificationDocument",
        summary: "Upload a certification document",
        description: "multipart/form-data, field `file`: PDF, JPEG or PNG by content (not name), ≤ 10 MB. Readable only by the uploader, the business's sellers and the province's admins.",
        requestBody: { required: true, content: { "multipart/form-data": { schema: { type: "object", properties: { file: { type: "string", format: "binary" } }, required: ["file"] } } } },
        responses: {
          "201": jsonResponse("Stored.", "StoredDocument"),
          "401": auth["401"],
          "413": errorResponse("Larger than 10 MB."),
          "415": errorResponse("Not a PDF/JPEG/PNG, or not multipart."),
          "422": errorResponse("No file, or `file_corrupt`: it starts like a PDF/JPEG/PNG but does not parse (pdf-lib) or decode (sharp) as one — truncated, a polyglot, or a header over garbage. Nothing is stored."),
        },
      },
    },
    "/api/v1/seller/products": {
      post: {
        tags: ["Sellers"],
        operationId: "createProduct",
        summary: "Create a product",
        description: "For the caller's business (`businessId` only needed when the caller sells for several). Public only when active and the business is verified.",
        requestBody: json("CreateProduct"),
        responses: { "201": jsonResponse("Created.", "ProductWriteResult"), ...auth, ...invalid },
      },
    },
    "/api/v1/seller/products/{id}": {
      patch: {
        tags: ["Sellers"],
        operationId: "updateProduct",
        summary: "Edit a product",
        parameters: [idParam("Product id")],
        requestBody: json("UpdateProduct"),
        responses: {
          "200": jsonResponse("Updated.", "ProductWriteResult"),
          ...auth,
          "404": errorResponse("No such product."),
          "409": errorResponse("archived → active (restore to draft first)."),
          ...invalid,
        },
      },
    },
    "/api/v1/seller/products/{id}/archive": {
      post: {
        tags: ["Sellers"],
        operationId: "archiveProduct",
        summary: "Archive a product (leaves search at once)",
        parameters: [idParam("Product id")],
        responses: { "200": jsonResponse("Archived.", "ProductWriteResult"), ...auth, "404": errorResponse("No such product.") },
      },
    },
    "/api/v1/seller/products/{id}/photos": {
      post: {
        tags: ["Sellers"],
        operationId: "addProductPhotos",
        summary: "Add photos to a product",
        description:
          "multipart/form-data, field `photo` (repeatable): JPEG, PNG or WebP by content, ≤ 5 MB each, ≤ 5 per product. A 480-px WebP thumbnail is made for each. With a `returnTo` field (a seller page) the answer is a 303 back to it, for plain HTML forms.",
        parameters: [idParam("Product id")],
        requestBody: {
          required: true,
          content: { "multipart/form-data": { schema: { type: "object", properties: { photo: { type: "array", items: { type: "string", format: "binary" } }, returnTo: { type: "string" } }, required: ["photo"] } } },
        },
        responses: {
          "201": jsonResponse("All photos of the product.", "ProductPhotos"),
          "303": { description: "Redirect back to `returnTo` (with `?fotoError=` on failure)." },
          ...auth,
          "404": errorResponse("No such product."),
          "413": errorResponse("A photo is larger than 5 MB."),
          "415": errorResponse("Not JPEG/PNG/WebP by content (e.g. a text file named .jpg), or not multipart."),
          "422": errorResponse("More than 5 photos, or none, or `file_corrupt`: a photo starts like JPEG/PNG/WebP but does not decode as one. Nothing is stored. Stored photos are re-encoded from their pixels (no EXIF, nothing appended)."),
        },
      },
    },
  },
};
