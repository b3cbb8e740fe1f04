import { errorResponse } from "./registry";

const OUTAGE = "Or `database_unavailable`: the database could not be reached in time (connections give up after 2 s, statements after 5 s); nothing was changed, retry shortly.";

const isErrorResponse = (response: unknown) => JSON.stringify(response) === JSON.stringify(errorResponse((response as { description: string }).description));

/**
 * Every route goes through apiRoute, so any of them may answer 503 `database_unavailable` (lib/errors.ts) during a
 * database outage: stated once here, after a feature's own 503 description when it has one (Stripe unreachable).
 */
export const withOutageRule = (paths: Record<string, Record<string, unknown>>) => {
  for (const operations of Object.values(paths)) {
    for (const value of Object.values(operations)) {
      const responses = ((value as { responses?: Record<string, unknown> }).responses ??= {});
      const existing = responses["503"] as { description?: string } | undefined;
      // The health check's 503 is its own answer (a Health body), not an error.
      if (existing && !isErrorResponse(existing)) continue;
      responses["503"] = errorResponse(existing?.description ? `${existing.description} ${OUTAGE}` : OUTAGE.replace(/^Or /, ""));
    }
  }
  return paths;
};
