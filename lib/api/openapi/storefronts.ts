import { storefrontSchema } from "@/lib/validation/storefront";
import { errorResponse, jsonResponse, jsonSchema, type OpenApiFeature } from "./registry";

const slugParameter = { name: "slug", in: "path", required: true, schema: { type: "string", pattern: "^[a-z0-9]+(-[a-z0-9]+)*$", maxLength: 64 } };

export const storefrontsFeature: OpenApiFeature = {
  tags: [{ name: "Storefronts", description: "Public storefronts of verified businesses, with proof computed from the ledger, and their QR codes." }],
  schemas: { Storefront: jsonSchema(storefrontSchema) },
  paths: {
    "/api/v1/storefronts/{slug}": {
      get: {
        tags: ["Storefronts"],
        operationId: "getStorefront",
        summary: "A verified business's storefront",
        description:
          "Profile, verified facts (NIB verified on a date, certifications still valid) and proof recomputed from orders, BAST receipts, invoices and ratings on every request, then the active products. The slug never changes once given (at first verification), so printed QR codes keep working. No sign-in needed.",
        security: [],
        parameters: [slugParameter],
        responses: {
          "200": jsonResponse("The storefront.", "Storefront"),
          "404": errorResponse("No such storefront, or its business is not verified (pending, rejected or suspended)."),
        },
      },
    },
    "/api/v1/storefronts/{slug}/qr.png": {
      get: {
        tags: ["Storefronts"],
        operationId: "getStorefrontQr",
        summary: "The storefront's address as a QR code",
        description: "A black-on-white PNG (error correction M, 4-module quiet zone) of the storefront's absolute URL, for posters and stalls.",
        security: [],
        parameters: [slugParameter],
        responses: {
          "200": { description: "The QR code.", content: { "image/png": { schema: { type: "string", format: "binary" } } } },
          "404": errorResponse("No such storefront, or its business is not verified."),
        },
      },
    },
  },
};
