import { z } from "zod";
import { amendEventSchema, createEventSchema, eventItemSchema, evidenceQuerySchema, listEventsQuerySchema, updateEventSchema } from "@/lib/validation/events";
import { eventApiSchemas, eventItemViewSchema, evidenceViewSchema } from "@/lib/validation/views/events";
import { errorResponse, jsonResponse, jsonSchema, queryParameters, type OpenApiFeature } from "./registry";

// Events endpoints, documented from the same zod schemas the routes parse with; the response shapes are the
// services' view schemas (lib/validation/views/events.ts) with each finding's message in the request's language.

const { compliance, summary, list, detail, amendment } = eventApiSchemas;

const eventId = { name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } };
const itemId = { name: "itemId", in: "path", required: true, schema: { type: "string", format: "uuid" } };
const evidenceId = { name: "evidenceId", in: "path", required: true, schema: { type: "string", format: "uuid" } };
const body = (schema: z.ZodType) => ({ required: true, content: { "application/json": { schema: jsonSchema(schema, "input") } } });
const common = {
  "401": errorResponse("Not signed in."),
  "403": errorResponse("Not allowed: writing is for the organizing OPD's buyer; reading for the OPD's members and the region's auditors/admins; sellers never."),
};
const notFound = { "404": errorResponse("No such event (or item).") };
const invalid = { "400": errorResponse("The body is not JSON."), "422": errorResponse("Invalid body; `error.details` lists each field (e.g. an unknown `kabupaten`, an unverified `businessId`).") };
const closed = { "409": errorResponse("The event is closed (`error.details.reason` = `event_closed`): correct it with an amendment.") };

export const eventsFeature: OpenApiFeature = {
  tags: [{ name: "Events", description: "Government events (kegiatan): what was used, from whom, with evidence; local-UMK shares and EVENT_LOCAL_CONSUMPTION; closing and amendments." }],
  schemas: {
    EventCompliance: jsonSchema(compliance),
    EventSummary: jsonSchema(summary),
    EventList: jsonSchema(list),
    EventDetail: jsonSchema(detail),
    EventItem: jsonSchema(eventItemViewSchema),
    EventEvidence: jsonSchema(evidenceViewSchema),
    EventAmendment: jsonSchema(amendment),
  },
  paths: {
    "/api/v1/events": {
      post: {
        tags: ["Events"], operationId: "createEvent", summary: "Record an event (organizing OPD's buyer)",
        description: "Times: ISO 8601 with an offset, or local `YYYY-MM-DDTHH:mm` read as WITA. `kabupaten`: a region id or the exact kabupaten/kota name in the OPD's province. `opdId` is needed only when the buyer belongs to several OPDs: without it such a buyer gets 422 with `error.details` `{ reason: \"opd_required\", field: \"opdId\" }`; an OPD the buyer does not buy for is 403.",
        requestBody: body(createEventSchema),
        responses: { "201": jsonResponse("Created.", "EventDetail"), ...invalid, ...common },
      },
      get: {
        tags: ["Events"], operationId: "listEvents", summary: "Events the caller may read",
        description: "OPD members: their OPD's events; auditors and admins: every OPD of the region. Newest start first.",
        parameters: queryParameters(listEventsQuerySchema),
        responses: { "200": jsonResponse("The events.", "EventList"), "400": errorResponse("An invalid parameter."), ...common },
      },
    },
    "/api/v1/events/{id}": {
      get: {
        tags: ["Events"], operationId: "getEvent", summary: "An event with items, evidence, compliance, frozen report and amendments",
        parameters: [eventId], responses: { "200": jsonResponse("The event.", "EventDetail"), ...common, ...notFound },
      },
      patch: {
        tags: ["Events"], operationId: "updateEvent", summary: "Edit an open event's details",
        parameters: [eventId], requestBody: body(updateEventSchema),
        responses: { "200": jsonResponse("Updated.", "EventDetail"), ...invalid, ...common, ...notFound, ...closed },
      },
    },
    "/api/v1/events/{id}/items": {
      post: {
        tags: ["Events"], operationId: "addEventItem", summary: "Record what the event used",
        description: "With `businessId` (a verified business) UMK and local status come from the business's verified snapshot now — `isUmk`/`isLocal` sent are ignored. Without it: an off-platform supplier (`supplierName`, optional 13-digit `nib`, declared `isUmk`/`isLocal`), counted apart and needing evidence before closing.",
        parameters: [eventId], requestBody: body(eventItemSchema),
        responses: { "201": jsonResponse("Recorded.", "EventItem"), ...invalid, ...common, ...notFound, ...closed },
      },
    },
    "/api/v1/events/{id}/items/{itemId}": {
      delete: {
        tags: ["Events"], operationId: "removeEventItem", summary: "Remove an item from an open event",
        parameters: [eventId, itemId], responses: { "204": { description: "Removed." }, ...common, ...notFound, ...closed },
      },
    },
    "/api/v1/events/{id}/items/{itemId}/evidence": {
      post: {
        tags: ["Events"], operationId: "attachEventEvidence", summary: "Attach a receipt or photo to an item",
        description: "multipart/form-data, field `file`: PNG, JPEG, WebP or PDF by content (not by name), ≤ 10 MB. On a closed event only items added by an amendment take evidence.",
        parameters: [eventId, itemId],
        requestBody: { required: true, content: { "multipart/form-data": { schema: { type: "object", properties: { file: { type: "string", format: "binary" } }, required: ["file"] } } } },
        responses: {
          "201": jsonResponse("Stored.", "EventEvidence"), ...common, ...notFound,
          "409": errorResponse("The event is closed and the item was not added by an amendment, or the item is voided."),
          "413": errorResponse("Larger than 10 MB."), "415": errorResponse("Not PNG/JPEG/WebP/PDF by content, or not multipart."),
          "422": errorResponse("No file in field `file`, or `file_corrupt`: it starts like PNG/JPEG/WebP/PDF but does not decode or parse as one. Nothing is stored."),
        },
      },
    },
    "/api/v1/events/{id}/items/{itemId}/evidence/{evidenceId}": {
      get: {
        tags: ["Events"], operationId: "getEventEvidence", summary: "An evidence file (event readers only; not cached by shared caches)",
        parameters: [eventId, itemId, evidenceId, ...queryParameters(evidenceQuerySchema)],
        responses: {
          "200": { description: "The file, byte for byte, with its sniffed Content-Type and `Cache-Control: private, no-store`. `?variant=thumbnail` gives the WebP preview of a photo; a PDF has none and is returned itself.", content: { "image/png": {}, "image/jpeg": {}, "image/webp": {}, "application/pdf": {} } },
          ...common, ...notFound,
        },
      },
    },
    "/api/v1/events/{id}/close": {
      post: {
        tags: ["Events"], operationId: "closeEvent", summary: "Close an event and freeze its report",
        parameters: [eventId],
        responses: {
          "200": jsonResponse("Closed.", "EventDetail"), ...common, ...notFound, ...closed,
          "422": errorResponse("Off-platform items lack evidence: `error.details.items` lists each `{ id, description }`."),
        },
      },
    },
    "/api/v1/events/{id}/amendments": {
      post: {
        tags: ["Events"], operationId: "amendEvent", summary: "Correct a closed event (reason ≥ 10 characters)",
        description: "`addItems` (same shape as an item) and/or `voidItemIds`. Voided items keep their row; the closed report stays unchanged; the amendment stores the report after it.",
        parameters: [eventId], requestBody: body(amendEventSchema),
        responses: {
          "201": jsonResponse("Amended.", "EventAmendment"), ...invalid, ...common, ...notFound,
          "409": errorResponse("The event is still open (`error.details.reason` = `event_open`)."),
        },
      },
    },
  },
};
