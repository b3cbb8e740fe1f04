import { MULTI_VALUE_PARAMS, productDetailSchema, productSearchQuerySchema, productSearchResponseSchema } from "@/lib/validation/catalog";
import { errorResponse, jsonResponse, jsonSchema, queryParameters, type OpenApiFeature } from "./registry";

export const productsFeature: OpenApiFeature = {
  tags: [{ name: "Catalog", description: "Public product search (Meilisearch, with a Postgres fallback) and product pages." }],
  schemas: {
    ProductSearchResult: jsonSchema(productSearchResponseSchema),
    ProductDetail: jsonSchema(productDetailSchema),
  },
  paths: {
    "/api/v1/products": {
      get: {
        tags: ["Catalog"],
        operationId: "searchProducts",
        summary: "Search public products",
        description:
          "Only active products of verified businesses. Several values of one filter are OR-ed (repeat the parameter), different filters AND-ed. Facet keys are the filter values. When search is degraded the answer comes from Postgres with `degraded: true`. No sign-in needed.",
        security: [],
        parameters: queryParameters(productSearchQuerySchema, { repeatable: MULTI_VALUE_PARAMS }),
        responses: {
          "200": jsonResponse("A page of hits with facet counts.", "ProductSearchResult"),
          "400": errorResponse("An invalid parameter; `error.details` names each field."),
        },
      },
    },
    "/api/v1/products/{id}": {
      get: {
        tags: ["Catalog"],
        operationId: "getProduct",
        summary: "A public product",
        security: [],
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } }],
        responses: {
          "200": jsonResponse("The product with its seller.", "ProductDetail"),
          "404": errorResponse("No such public product (draft, archived, unverified or suspended seller), or a malformed id."),
        },
      },
    },
  },
};
