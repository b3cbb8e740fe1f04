import { demandCalendarQuerySchema, demandCalendarSchema } from "@/lib/validation/demand";
import { errorResponse, jsonResponse, jsonSchema, queryParameters, type OpenApiFeature } from "./registry";

/** Kebutuhan rutin OPD (issue 13): public, aggregated demand per category and month. */
export const demandFeature: OpenApiFeature = {
  tags: [{ name: "Demand", description: "What offices routinely order, aggregated per catalog category and month, so UMK can plan capacity." }],
  schemas: { DemandCalendar: jsonSchema(demandCalendarSchema) },
  paths: {
    "/api/v1/demand/calendar": {
      get: {
        tags: ["Demand"],
        operationId: "getDemandCalendar",
        summary: "Expected monthly volume per catalog category (Kebutuhan rutin OPD)",
        description:
          "For each category and calendar month: the average quantity and rupiah value ordered by the province's OPDs in that month over the year and the two before it, counting only complete months since the first order. Declined and cancelled orders do not count. Grouped by category and month only: no OPD, buyer or seller appears.",
        security: [],
        parameters: queryParameters(demandCalendarQuerySchema),
        responses: { "200": jsonResponse("The calendar.", "DemandCalendar"), "400": errorResponse("Invalid year.") },
      },
    },
  },
};
