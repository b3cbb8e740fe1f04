import { z } from "zod";
import { addShowcaseMemberSchema, createShowcaseSchema, showcaseLiftViewSchema, showcaseViewSchema } from "@/lib/validation/showcases";
import { errorResponse, jsonResponse, jsonSchema, ref, type OpenApiFeature } from "./registry";

// Fair exposure and Etalase (issue 13).
const slugParam = [{ name: "slug", in: "path", required: true, schema: { type: "string", pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" } }];
const tags = ["Etalase"];
const adminOnly = { "401": errorResponse("Not signed in."), "403": errorResponse("Not an admin of the showcase's province.") };

export const exposureFeature: OpenApiFeature = {
  tags: [{ name: "Etalase", description: "Curated, themed showcases with a published rubric, a rotating spotlight and the measured lift for featured sellers." }],
  schemas: { Showcase: jsonSchema(showcaseViewSchema), ShowcaseLift: jsonSchema(showcaseLiftViewSchema) },
  paths: {
    "/api/v1/showcases": {
      get: {
        tags,
        operationId: "listShowcases",
        summary: "Every published Etalase with its current spotlight",
        security: [],
        responses: {
          "200": { description: "The published showcases.", content: { "application/json": { schema: { type: "object", properties: { showcases: { type: "array", items: ref("Showcase") } }, required: ["showcases"] } } } },
        },
      },
      post: {
        tags,
        operationId: "createShowcase",
        summary: "Create a draft Etalase in the admin's province",
        requestBody: { required: true, content: { "application/json": { schema: jsonSchema(createShowcaseSchema, "input") } } },
        responses: {
          "201": { description: "Created as a draft.", content: { "application/json": { schema: jsonSchema(z.object({ id: z.uuid(), slug: z.string(), status: z.literal("draft") })) } } },
          ...adminOnly,
          "409": errorResponse("The slug is taken (`showcase_slug_taken`)."),
          "422": errorResponse("Invalid body."),
        },
      },
    },
    "/api/v1/showcases/{slug}": {
      get: {
        tags,
        operationId: "getShowcase",
        summary: "One Etalase: theme, rubric, members and spotlight",
        description: "Public once published; a draft is visible to the admins of its province only (404 to everyone else). The public sees verified members only.",
        security: [],
        parameters: slugParam,
        responses: { "200": jsonResponse("The showcase.", "Showcase"), "404": errorResponse("No such published showcase.") },
      },
    },
    "/api/v1/showcases/{slug}/publish": {
      post: {
        tags,
        operationId: "publishShowcase",
        summary: "Publish a draft; rotation and lift count from now",
        parameters: slugParam,
        responses: {
          "200": { description: "Published.", content: { "application/json": { schema: jsonSchema(z.object({ id: z.uuid(), slug: z.string(), status: z.literal("published"), publishedAt: z.string() })) } } },
          ...adminOnly,
          "404": errorResponse("No such showcase."),
          "409": errorResponse("Already published (`showcase_not_draft`)."),
        },
      },
    },
    "/api/v1/showcases/{slug}/members": {
      post: {
        tags,
        operationId: "addShowcaseMember",
        summary: "Add a verified business (optionally one of its products) to the Etalase",
        parameters: slugParam,
        requestBody: { required: true, content: { "application/json": { schema: jsonSchema(addShowcaseMemberSchema, "input") } } },
        responses: {
          "201": { description: "Added at the end.", content: { "application/json": { schema: jsonSchema(z.object({ id: z.uuid(), position: z.number().int() })) } } },
          ...adminOnly,
          "404": errorResponse("No such showcase."),
          "409": errorResponse("The business is already a member (`already_member`)."),
          "422": errorResponse("Not a verified business of the province (`business_not_eligible`), or not its active product (`product_not_of_business`)."),
        },
      },
    },
    "/api/v1/showcases/{slug}/lift": {
      get: {
        tags,
        operationId: "getShowcaseLift",
        summary: "Orders and new OPD buyers 14 and 30 days after featuring, against the 30 days before",
        description: "Recomputed from the order table on every call (approved orders, not declined or cancelled). A window that has not ended yet says `complete: false`.",
        parameters: slugParam,
        responses: { "200": jsonResponse("Per featured seller.", "ShowcaseLift"), ...adminOnly, "404": errorResponse("No such showcase.") },
      },
    },
  },
};
