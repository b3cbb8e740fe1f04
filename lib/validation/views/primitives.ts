import { z } from "zod";

// Building blocks of the response views. Zod only and no server imports, so components may import the types.

/** Whole rupiah (money is never fractional). */
export const idr = z.number().int().describe("Whole rupiah.");

/**
 * An instant the service holds as a `Date`; Response.json writes it as an ISO 8601 string (UTC), shown in WITA.
 * The OpenAPI registry documents every z.date() as `{ type: "string", format: "date-time" }`.
 */
export const instant = z.date().describe("ISO 8601 instant (UTC); shown in WITA.");

/** An instant the service already turned into its ISO 8601 string (e.g. the payments views). */
export const isoInstant = z.string().describe("ISO 8601 instant (UTC); shown in WITA.");

/** A WITA calendar day as `YYYY-MM-DD`. */
export const calendarDay = z.string().describe("A calendar day, YYYY-MM-DD.");

export const localized = z.object({ id: z.string(), en: z.string() });
