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

/** A pooled SMTP mailer for an smtp:// or smtps:// URL (options in the URL's query win over these defaults). */
export const smtpMailer = (url: string, from = env().MAIL_FROM): Mailer => {
  // A few kept-open connections, so a fan-out does not reconnect per message; short timeouts, so an outage is
  // noticed in seconds and the rows go back to the queue.
  const options = new URL(url);
  const defaults = { pool: "true", maxConnections: "8", connectionTimeout: "5000", greetingTimeout: "5000", socketTimeout: "10000" };
  for (const [key, value] of Object.entries(defaults)) if (!options.searchParams.has(key)) options.searchParams.set(key, value);
  const transport: Transporter = nodemailer.createTransport(options.toString());
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
