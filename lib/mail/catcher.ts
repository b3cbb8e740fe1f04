import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { AddressInfo } from "node:net";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

/**
 * A real SMTP server for development and tests (no mock transport): it accepts every message on 127.0.0.1 and
 * keeps it as an .eml file in `dir`, where /dev/surat and the tests read it back.
 */
export type MailCatcher = { url: string; port: number; dir: string; stop: () => Promise<void> };

/**
 * The pool the app opens to this catcher, carried in its URL so dev and the tests get it through SMTP_URL. The catcher
 * is on this machine and takes any number of connections: 32 of them, each kept open for good (nodemailer otherwise
 * closes one after 100 messages; each recycle cost ~200 ms in a probe: QUIT, then a 100 ms pause). A real relay
 * keeps the conservative defaults of lib/mail/transport.ts.
 */
export const CATCHER_POOL = "maxConnections=32&maxMessages=Infinity";

export const startMailCatcher = async (options: { dir: string; port?: number }): Promise<MailCatcher> => {
  mkdirSync(options.dir, { recursive: true });
  let counter = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    size: 25 * 1024 * 1024,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        counter += 1;
        // Sortable names: arrival time, then a counter for mail within the same millisecond.
        const name = `${Date.now().toString().padStart(15, "0")}-${String(counter).padStart(6, "0")}-${session.id}.eml`;
        writeFileSync(path.join(options.dir, name), Buffer.concat(chunks));
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}?${CATCHER_POOL}`,
    port,
    dir: options.dir,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};

export type CaughtMail = {
  id: string;
  receivedAt: Date;
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
  headers: Record<string, string>;
};

const header = (value: unknown): string => {
  if (typeof value === "string") return value;
  if (value && typeof value === "object" && "text" in value) return String((value as { text: unknown }).text);
  if (value && typeof value === "object" && "value" in value) return String((value as { value: unknown }).value);
  return value === undefined ? "" : JSON.stringify(value);
};

/** The caught mail, newest first (at most `limit`). */
export const readCaughtMail = async (dir: string, options: { limit?: number } = {}): Promise<CaughtMail[]> => {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith(".eml")).sort().reverse();
  } catch {
    return [];
  }
  const picked = names.slice(0, options.limit ?? 200);
  return Promise.all(
    picked.map(async (name) => {
      const parsed = await simpleParser(readFileSync(path.join(dir, name)));
      // Raw header lines: mailparser folds List-* headers into a structured "list" entry.
      const headers: Record<string, string> = {};
      for (const { key, line } of parsed.headerLines) headers[key] = line.slice(line.indexOf(":") + 1).trim();
      return {
        id: name.replace(/\.eml$/, ""),
        receivedAt: parsed.date ?? new Date(Number(name.split("-")[0])),
        from: parsed.from?.text ?? "",
        to: header(parsed.to),
        subject: parsed.subject ?? "",
        text: parsed.text ?? "",
        html: typeof parsed.html === "string" ? parsed.html : "",
        messageId: parsed.messageId ?? "",
        headers,
      };
    }),
  );
};
