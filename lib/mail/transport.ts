import net from "node:net";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/lib/env";

export type OutgoingMail = {
  to: { name: string; address: string };
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
  /** Stable per delivery, so a mail resent after a crash can be recognised as the same one. */
  messageId: string;
};

/** The one port the delivery worker sends mail through; nodemailer stays inside lib/mail. */
export type Mailer = {
  send: (mail: OutgoingMail) => Promise<{ providerId: string }>;
  /** Resolves once the server answers a handshake: how the worker learns an outage is over. */
  verify: () => Promise<void>;
  close: () => void;
};

/** Kept-open connections per mailer when the URL names none: below the per-client cap relays often set (10–20). */
export const DEFAULT_SMTP_CONNECTIONS = 8;

type SocketCallback = (error: Error | null, socketOptions?: { connection: net.Socket }) => void;

type SocketOptions = { host?: string; port?: number; connectionTimeout?: number };

/**
 * Opens the TCP connection with Nagle's algorithm off. nodemailer writes a message's body and the closing
 * "\r\n.\r\n" as separate small writes; with Nagle on, the second waits for the server's ACK of the first, and
 * servers delay that ACK (40 ms on Linux), so every message cost ~45 ms per connection even on 127.0.0.1 (the
 * cause of the 170 mails/s in bench/RESULTS.md). TLS (smtps, STARTTLS) is layered on this socket by nodemailer.
 */
const openNoDelaySocket = (options: SocketOptions, callback: SocketCallback) => {
  const socket = net.connect({ host: options.host ?? "localhost", port: options.port ?? 25 });
  socket.setNoDelay(true);
  const timer = setTimeout(() => socket.destroy(new Error("Connection timeout")), options.connectionTimeout ?? 5_000);
  const fail = (error: Error) => {
    clearTimeout(timer);
    callback(error);
  };
  socket.once("error", fail);
  socket.once("connect", () => {
    clearTimeout(timer);
    socket.off("error", fail);
    callback(null, { connection: socket });
  });
};

/** A pooled SMTP mailer for an smtp:// or smtps:// URL (options in the URL's query win over these defaults). */
export const smtpMailer = (url: string, from = env().MAIL_FROM): Mailer => {
  // A few kept-open connections, so a fan-out does not reconnect per message; short timeouts, so an outage is
  // noticed in seconds and the rows go back to the queue.
  const options = new URL(url);
  const defaults = { pool: "true", maxConnections: String(DEFAULT_SMTP_CONNECTIONS), connectionTimeout: "5000", greetingTimeout: "5000", socketTimeout: "10000" };
  for (const [key, value] of Object.entries(defaults)) if (!options.searchParams.has(key)) options.searchParams.set(key, value);
  const transport: Transporter = nodemailer.createTransport(options.toString());
  // nodemailer's hook for supplying the socket (its proxy support uses it); untyped in @types/nodemailer.
  Object.assign(transport, { getSocket: openNoDelaySocket });
  return {
    send: async (mail) => {
      const info = await transport.sendMail({
        from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        headers: mail.headers,
        messageId: mail.messageId,
        // Our text is Latin script (Bahasa, English): nodemailer would pick quoted-printable anyway, after scanning
        // every body and header with two regexes; naming it skips that scan (~6% of the worker's CPU in the bench).
        textEncoding: "quoted-printable",
      });
      return { providerId: info.messageId ?? mail.messageId };
    },
    verify: async () => {
      await transport.verify();
    },
    close: () => transport.close(),
  };
};

/** The configured mailer, or null when no SMTP_URL is set (deliveries then wait, visibly, until one is). */
export const defaultMailer = (): Mailer | null => {
  const url = env().SMTP_URL;
  return url ? smtpMailer(url) : null;
};
