import { errorResponse } from "./registry";

type Operation = { requestBody?: { content?: Record<string, unknown> }; responses?: Record<string, unknown> };

const CSRF = "Or `csrf_rejected`: a cookie-authenticated write whose `Origin` (or `Sec-Fetch-Site: same-origin`) is not this site's own origin; Bearer-token requests are exempt.";
const EMPTY = "Or the body is empty (send `{}` when there is nothing to say), a text value holds NUL, another control character (tab and line breaks are fine) or a lone surrogate (`invalid_text`), or a date cannot be read.";

/** Keeps the feature's own description and adds the shared rule after it. */
const extend = (responses: Record<string, unknown>, status: string, fallback: string, rule: string) => {
  const existing = responses[status] as { description?: string } | undefined;
  responses[status] = errorResponse(existing?.description ? `${existing.description} ${rule}` : `${fallback} ${rule}`);
};

// Stripe signs its calls and sends no session cookie, so neither rule applies there.
const UNCHECKED_PATHS = new Set(["/api/v1/stripe/webhook"]);

/**
 * The rules apiRoute applies to every write, stated once instead of in each feature file: the CSRF check (403
 * `csrf_rejected`) on cookie-authenticated writes, and 415 / 400 on JSON bodies (lib/api/json-body.ts).
 */
export const withWriteRules = (paths: Record<string, Record<string, unknown>>) => {
  for (const [path, operations] of Object.entries(paths)) {
    if (UNCHECKED_PATHS.has(path)) continue;
    for (const [method, value] of Object.entries(operations)) {
      const op = value as Operation;
      // GET is never checked. Operations open to anyone (`security: []`, e.g. password reset) are still checked when
      // a browser sends its session cookie along, and still read JSON bodies the same way.
      if (method === "get") continue;
      const responses = (op.responses ??= {});
      extend(responses, "403", "Not allowed.", CSRF);
      if (op.requestBody?.content?.["application/json"]) {
        extend(responses, "400", "The body is not valid JSON.", EMPTY);
        responses["415"] ??= errorResponse("The body is not `application/json` (a charset parameter is fine).");
      }
    }
  }
  return paths;
};
