import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { WhatsAppSender } from "./port";

/**
 * The WhatsApp port in development without WHATSAPP_TOKEN: every message is kept as a file beside the caught
 * mail, and /dev/surat lists both. One page for "what the platform sent" is less surprising than a second dev
 * list; it is 404 in production like the mail it sits with, and a real adapter replaces it once a token is set.
 */
export const devInboxSender = (dir: string): WhatsAppSender => {
  let counter = 0;
  return {
    send: async ({ to, text }) => {
      mkdirSync(dir, { recursive: true });
      counter += 1;
      const id = `${Date.now().toString().padStart(15, "0")}-${String(counter).padStart(6, "0")}-${process.pid}`;
      writeFileSync(path.join(dir, `${id}.whatsapp.json`), JSON.stringify({ to, text, sentAt: new Date().toISOString() }));
      return { providerId: `dev.${id}` };
    },
  };
};

export type CaughtWhatsApp = { id: string; to: string; text: string; sentAt: Date };

/** The kept WhatsApp messages, newest first (at most `limit`). */
export const readCaughtWhatsApp = (dir: string, options: { limit?: number } = {}): CaughtWhatsApp[] => {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith(".whatsapp.json")).sort().reverse();
  } catch {
    return [];
  }
  return names.slice(0, options.limit ?? 100).map((name) => {
    const body = JSON.parse(readFileSync(path.join(dir, name), "utf8")) as { to: string; text: string; sentAt: string };
    return { id: name.replace(/\.whatsapp\.json$/, ""), to: body.to, text: body.text, sentAt: new Date(body.sentAt) };
  });
};
