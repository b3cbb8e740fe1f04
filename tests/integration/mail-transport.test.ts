import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { smtpMailer } from "@/lib/mail/transport";

jest.setTimeout(30_000);

type Received = { secure: boolean; messageId: string };

/** A real SMTP server with smtp-server's built-in self-signed certificate: implicit TLS, or STARTTLS on plain. */
const startTlsServer = async (secure: boolean) => {
  const received: Received[] = [];
  const server = new SMTPServer({
    secure,
    authOptional: true,
    logger: false,
    onData(stream, session, callback) {
      let raw = "";
      stream.on("data", (chunk: Buffer) => (raw += chunk.toString()));
      stream.on("end", () => {
        received.push({ secure: session.secure, messageId: /^Message-ID: (.*)$/im.exec(raw)?.[1]?.trim() ?? "" });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const port = (server.server.address() as AddressInfo).port;
  return { port, received, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
};

const mail = (i: number) => ({
  to: { name: "Penjual", address: "penjual@pasar.test" },
  subject: `Pesanan ${i}`,
  text: "Ada pesanan baru.",
  html: "<p>Ada pesanan baru.</p>",
  headers: {},
  messageId: `<notification-${i}@pasarumk>`,
});

// The mailer supplies its own sockets (TCP_NODELAY); TLS must still be layered on them, both ways a relay offers it.
describe.each([
  ["smtps:// (implicit TLS)", "smtps", true],
  ["smtp:// with STARTTLS", "smtp", false],
] as const)("SMTP mailer over %s", (_name, scheme, secure) => {
  it("sends every mail encrypted, with its stable Message-ID, over the pooled connections", async () => {
    const server = await startTlsServer(secure);
    const mailer = smtpMailer(`${scheme}://127.0.0.1:${server.port}?tls.rejectUnauthorized=false`, "Pasar UMK <no-reply@pasar.test>");
    try {
      await mailer.verify();
      await Promise.all([1, 2, 3].map((i) => mailer.send(mail(i))));
      expect(server.received.map((r) => r.secure)).toEqual([true, true, true]);
      expect(server.received.map((r) => r.messageId).sort()).toEqual([1, 2, 3].map((i) => `<notification-${i}@pasarumk>`));
    } finally {
      mailer.close();
      await server.stop();
    }
  });
});

it("reports a refused connection as an error, so the delivery is kept with its backoff", async () => {
  const server = await startTlsServer(false);
  const port = server.port;
  await server.stop();
  const mailer = smtpMailer(`smtp://127.0.0.1:${port}`, "Pasar UMK <no-reply@pasar.test>");
  try {
    await expect(mailer.send(mail(4))).rejects.toThrow(/ECONNREFUSED/);
  } finally {
    mailer.close();
  }
});
