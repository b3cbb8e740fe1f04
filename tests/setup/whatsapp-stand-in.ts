import http from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A local stand-in for the WhatsApp Cloud API (graph.facebook.com cannot be reached from here): it answers
 * POST /{version}/{phone-number-id}/messages as Meta does — 401 without the expected Bearer token, 400 for a body
 * that is not a text message, otherwise `{ messaging_product, contacts, messages: [{ id: "wamid…" }] }` — and
 * records every request. Tests read them from `requests` in-process, or over HTTP from GET /__stand-in/messages
 * when the stand-in runs in the test stack's process.
 */
export type WhatsAppRequest = { path: string; authorization: string; body: Record<string, unknown>; at: string };

export type WhatsAppStandIn = { url: string; apiBase: string; token: string; phoneNumberId: string; requests: WhatsAppRequest[]; close: () => Promise<void> };

export const startWhatsAppStandIn = async (options: { token?: string; phoneNumberId?: string } = {}): Promise<WhatsAppStandIn> => {
  const token = options.token ?? "wa-stand-in-token";
  const phoneNumberId = options.phoneNumberId ?? "1098765432";
  const requests: WhatsAppRequest[] = [];
  const server = http.createServer((req, res) => {
    let raw = "";
    req.on("data", (chunk) => (raw += chunk));
    req.on("end", () => {
      const reply = (status: number, body: unknown) => {
        res.writeHead(status, { "content-type": "application/json" });
        res.end(JSON.stringify(body));
      };
      if (req.method === "GET" && req.url === "/__stand-in/messages") return reply(200, requests);
      const match = /^\/v\d+\.\d+\/(\d+)\/messages$/.exec(req.url ?? "");
      if (req.method !== "POST" || !match) return reply(404, { error: { message: "Unknown path", code: 803 } });
      const authorization = req.headers.authorization ?? "";
      if (authorization !== `Bearer ${token}` || match[1] !== phoneNumberId) return reply(401, { error: { message: "Invalid OAuth access token.", code: 190 } });
      let body: Record<string, unknown>;
      try {
        body = JSON.parse(raw) as Record<string, unknown>;
      } catch {
        return reply(400, { error: { message: "Invalid JSON", code: 100 } });
      }
      const text = body.text as { body?: unknown } | undefined;
      if (body.messaging_product !== "whatsapp" || body.type !== "text" || typeof body.to !== "string" || !/^\d{8,15}$/.test(body.to) || typeof text?.body !== "string") {
        return reply(400, { error: { message: "(#100) Invalid parameter", code: 100 } });
      }
      requests.push({ path: req.url!, authorization, body, at: new Date().toISOString() });
      reply(200, { messaging_product: "whatsapp", contacts: [{ input: body.to, wa_id: body.to }], messages: [{ id: `wamid.standin.${requests.length}` }] });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, apiBase: `${url}/v21.0`, token, phoneNumberId, requests, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
};

/** The messages the stand-in running in the test stack received (for e2e tests, which run in another process). */
export const fetchStandInMessages = async (url: string): Promise<WhatsAppRequest[]> => (await fetch(`${url}/__stand-in/messages`)).json() as Promise<WhatsAppRequest[]>;
