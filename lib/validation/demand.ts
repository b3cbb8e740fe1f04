import { z } from "zod";

/** GET /api/v1/demand/calendar and /kebutuhan-rutin: the calendar year (WITA); absent, the current one. */
export const demandCalendarQuerySchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional().describe("Calendar year (WITA); default the current year."),
});
export type DemandCalendarQuery = z.infer<typeof demandCalendarQuerySchema>;

const demandMonthSchema = z.object({
  month: z.number().int().min(1).max(12),
  expectedQuantity: z.number().int().nullable().describe("Average units ordered in this month over its observed years; null before any history."),
  expectedValueIdr: z.number().int().nullable().describe("Average rupiah ordered in this month over its observed years."),
  basisYears: z.number().int().describe("How many years the average is over."),
});

/** The response: the same shape the page renders (lib/domain/catalog/demand-calendar.ts). */
export const demandCalendarSchema = z.object({
  year: z.number().int(),
  basisYears: z.array(z.number().int()).describe("The years averaged: the calendar year and the two before it."),
  observedFrom: z.string().nullable().describe("YYYY-MM of the first order on the platform."),
  observedUntil: z.string().describe("YYYY-MM of the current, incomplete month (not counted)."),
  categories: z.array(z.object({ slug: z.string(), name: z.string(), expectedYearValueIdr: z.number().int(), months: z.array(demandMonthSchema).length(12) })),
});
