import { randomBytes } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A local stand-in for the few Stripe API endpoints the app calls (Stripe cannot be reached from here):
 * POST /v1/checkout/sessions (form-encoded like the SDK sends; the same Idempotency-Key answers the same
 * session), GET /v1/checkout/sessions/{id} and POST /v1/transfers (Connect payouts; the same Idempotency-Key
 * answers the same transfer, and with other parameters a 400 idempotency_error, as Stripe does). Every request
 * is recorded; tests read them back from GET /__stand-in/requests to assert exactly what was sent (e.g. the
 * amount in Stripe's minor unit). POST /__stand-in/failures `{ destination, status?, code?, times? }` makes
 * transfers to that connected account fail (`times` times, or until DELETE /__stand-in/failures/{destination}):
 * keyed by account so test files running at the same time do not fail each other.
 */

export type RecordedRequest = { method: string; path: string; idempotencyKey: string | null; body: Record<string, unknown>; raw: string; at: string };

type Session = Record<string, unknown> & { id: string };

type Failure = { status: number; code: string; message: string; times: number | null };

/** `line_items[0][price_data][unit_amount]=15000000` → nested objects and arrays, as Stripe reads them. */
export const parseStripeForm = (raw: string): Record<string, unknown> => {
  const root: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    const path = key.replace(/\]/g, "").split("[");
    let node: Record<string, unknown> = root;
    path.forEach((part, i) => {
      if (i === path.length - 1) {
        node[part] = value;
        return;
      }
      const nextIsIndex = /^\d+$/.test(path[i + 1]!);
      node[part] ??= nextIsIndex ? [] : {};
      node = node[part] as Record<string, unknown>;
    });
  }
  return root;
};

const readBody = (request: http.IncomingMessage) =>
  new Promise<string>((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on("data", (c: Buffer) => chunks.push(c));
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });

export const startStripeStandIn = async (options: { secretKey: string }) => {
  const requests: RecordedRequest[] = [];
  const sessions = new Map<string, Session>();
  const byIdempotencyKey = new Map<string, Session>();
  const transfersByKey = new Map<string, { raw: string; transfer: Record<string, unknown> }>();
  const failures = new Map<string, Failure>();
  let baseUrl = "";

  const json = (response: http.ServerResponse, status: number, body: unknown) => {
    response.writeHead(status, { "content-type": "application/json", "request-id": `req_${randomBytes(8).toString("hex")}` });
    response.end(JSON.stringify(body));
  };
  const stripeError = (response: http.ServerResponse, status: number, message: string) =>
    json(response, status, { error: { type: "invalid_request_error", message } });

  const createSession = (body: Record<string, unknown>): Session => {
    const id = `cs_test_${randomBytes(12).toString("hex")}`;
    const items = (body.line_items ?? []) as Array<{ quantity?: string; price_data?: { currency?: string; unit_amount?: string } }>;
    const amountTotal = items.reduce((s, i) => s + Number(i.price_data?.unit_amount ?? 0) * Number(i.quantity ?? 1), 0);
    const session: Session = {
      id,
      object: "checkout.session",
      mode: body.mode ?? "payment",
      status: "open",
      payment_status: "unpaid",
      amount_total: amountTotal,
      currency: items[0]?.price_data?.currency ?? null,
      client_reference_id: body.client_reference_id ?? null,
      metadata: body.metadata ?? {},
      payment_intent: null,
      success_url: body.success_url ?? null,
      cancel_url: body.cancel_url ?? null,
      url: `${baseUrl}/pay/${id}`,
      created: Math.floor(Date.now() / 1000),
      expires_at: Math.floor(Date.now() / 1000) + 24 * 3600,
      livemode: false,
    };
    sessions.set(id, session);
    return session;
  };

  const createTransfer = (body: Record<string, unknown>) => ({
    id: `tr_test_${randomBytes(12).toString("hex")}`,
    object: "transfer",
    amount: Number(body.amount),
    amount_reversed: 0,
    currency: body.currency ?? null,
    destination: body.destination ?? null,
    transfer_group: body.transfer_group ?? null,
    description: body.description ?? null,
    metadata: body.metadata ?? {},
    created: Math.floor(Date.now() / 1000),
    reversed: false,
    livemode: false,
  });

  /** A configured failure for this connected account, counted down; undefined when transfers to it succeed. */
  const failureFor = (destination: string) => {
    const failure = failures.get(destination);
    if (!failure) return undefined;
    if (failure.times !== null && --failure.times <= 0) failures.delete(destination);
    return failure;
  };

  const server = http.createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? "/", "http://stand-in");
      const raw = await readBody(request);
      if (url.pathname === "/__stand-in/requests" && request.method === "GET") return json(response, 200, requests);
      if (url.pathname === "/__stand-in/failures" && request.method === "POST") {
        const f = JSON.parse(raw) as { destination: string; status?: number; code?: string; message?: string; times?: number };
        failures.set(f.destination, {
          status: f.status ?? 400, code: f.code ?? "balance_insufficient", message: f.message ?? "Insufficient funds in Stripe account.", times: f.times ?? null,
        });
        return json(response, 200, { ok: true });
      }
      const failureMatch = /^\/__stand-in\/failures\/([^/]+)$/.exec(url.pathname);
      if (failureMatch && request.method === "DELETE") {
        failures.delete(decodeURIComponent(failureMatch[1]!));
        return json(response, 200, { ok: true });
      }
      if (url.pathname.startsWith("/pay/")) {
        response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
        return response.end(`<!doctype html><title>Stripe Checkout (stand-in)</title><h1 data-testid="stripe-stand-in">${url.pathname.slice(5)}</h1>`);
      }
      if (request.headers.authorization !== `Bearer ${options.secretKey}`) return stripeError(response, 401, "Invalid API Key provided");
      const idempotencyKey = (request.headers["idempotency-key"] as string | undefined) ?? null;
      const body = request.headers["content-type"]?.includes("application/x-www-form-urlencoded") ? parseStripeForm(raw) : {};
      requests.push({ method: request.method ?? "", path: url.pathname, idempotencyKey, body, raw, at: new Date().toISOString() });

      if (url.pathname === "/v1/checkout/sessions" && request.method === "POST") {
        const earlier = idempotencyKey ? byIdempotencyKey.get(idempotencyKey) : undefined;
        if (earlier) return json(response, 200, earlier);
        const session = createSession(body);
        if (idempotencyKey) byIdempotencyKey.set(idempotencyKey, session);
        return json(response, 200, session);
      }
      if (url.pathname === "/v1/transfers" && request.method === "POST") {
        const earlier = idempotencyKey ? transfersByKey.get(idempotencyKey) : undefined;
        if (earlier && earlier.raw !== raw) {
          return json(response, 400, { error: { type: "idempotency_error", message: `Keys for idempotent requests can only be used with the same parameters they were first used with.` } });
        }
        if (earlier) return json(response, 200, earlier.transfer);
        // A refused transfer is not remembered under its key: the retry is a new attempt, as with Stripe's errors.
        const failure = failureFor(String(body.destination ?? ""));
        if (failure) return json(response, failure.status, { error: { type: failure.status >= 500 ? "api_error" : "invalid_request_error", code: failure.code, message: failure.message } });
        const transfer = createTransfer(body);
        if (idempotencyKey) transfersByKey.set(idempotencyKey, { raw, transfer });
        return json(response, 200, transfer);
      }
      const match = /^\/v1\/checkout\/sessions\/([^/]+)$/.exec(url.pathname);
      if (match && request.method === "GET") {
        const session = sessions.get(match[1]!);
        return session ? json(response, 200, session) : stripeError(response, 404, `No such checkout.session: '${match[1]}'`);
      }
      return stripeError(response, 404, `Unrecognized request URL (${request.method}: ${url.pathname}).`);
    })().catch((error: unknown) => stripeError(response, 500, String(error)));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  baseUrl = `http://127.0.0.1:${port}`;
  return {
    host: "127.0.0.1",
    port,
    url: baseUrl,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};
