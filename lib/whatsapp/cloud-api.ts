import { devWhatsAppDir, whatsappConfig } from "@/lib/env";
import { devInboxSender } from "./dev-inbox";
import type { WhatsAppSender } from "./port";

export type WhatsAppConfig = { token: string; phoneNumberId: string; apiBase: string };

/** The Cloud API's shape stays in this folder; callers see only the port. */
export type { WhatsAppSender } from "./port";

export class WhatsAppError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

/**
 * WhatsApp Cloud API: POST {base}/{phone-number-id}/messages with a Bearer token and a text message. `to` is an
 * E.164 number without "+", as the API expects. Answers other than 2xx become WhatsAppError with Meta's message.
 */
export const cloudApiSender = (config: WhatsAppConfig, fetchImpl: typeof fetch = fetch): WhatsAppSender => ({
  send: async ({ to, text }) => {
    const response = await fetchImpl(`${config.apiBase.replace(/\/$/, "")}/${config.phoneNumberId}/messages`, {
      method: "POST",
      headers: { authorization: `Bearer ${config.token}`, "content-type": "application/json" },
      body: JSON.stringify({ messaging_product: "whatsapp", recipient_type: "individual", to: to.replace(/^\+/, ""), type: "text", text: { preview_url: true, body: text } }),
      signal: AbortSignal.timeout(10_000),
    });
    const body = (await response.json().catch(() => null)) as { messages?: Array<{ id?: string }>; error?: { message?: string } } | null;
    if (!response.ok) throw new WhatsAppError(`WhatsApp ${response.status}: ${body?.error?.message ?? response.statusText}`, response.status);
    const id = body?.messages?.[0]?.id;
    if (!id) throw new WhatsAppError("WhatsApp answered without a message id", response.status);
    return { providerId: id };
  },
});

/**
 * The configured sender: the Cloud API with WHATSAPP_TOKEN; in development without one, the dev inbox shown at
 * /dev/surat (so codes and messages can be read); otherwise null (messages then carry wa.me links only).
 */
export const defaultWhatsAppSender = (): WhatsAppSender | null => {
  const config = whatsappConfig();
  if (config) return cloudApiSender(config);
  const dir = devWhatsAppDir();
  return dir ? devInboxSender(dir) : null;
};

/** Whether WhatsApp can be used at all here: what decides if numbers can be verified and the channel switched on. */
export const isWhatsAppAvailable = () => whatsappConfig() !== null || devWhatsAppDir() !== null;
