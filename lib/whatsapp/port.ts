/** The one port WhatsApp messages go through; adapters (Cloud API, the dev inbox) implement it. */
export type WhatsAppSender = { send: (message: { to: string; text: string }) => Promise<{ providerId: string }> };
