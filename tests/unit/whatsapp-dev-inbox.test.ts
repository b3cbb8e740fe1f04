import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { devInboxSender, readCaughtWhatsApp } from "@/lib/whatsapp/dev-inbox";

describe("the development WhatsApp inbox (no WHATSAPP_TOKEN)", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "pasar-wa-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("keeps each message beside the caught mail and lists them newest first", async () => {
    const sender = devInboxSender(dir);
    const first = await sender.send({ to: "+6281234567001", text: "Kode verifikasi Pasar UMK Anda: 123456." });
    await sender.send({ to: "+6281234567002", text: "Pesanan baru" });
    expect(first.providerId).toMatch(/^dev\./);
    const caught = readCaughtWhatsApp(dir);
    expect(caught.map((m) => m.to)).toEqual(["+6281234567002", "+6281234567001"]);
    expect(caught[1]!.text).toContain("123456");
    expect(readCaughtWhatsApp(path.join(dir, "missing"))).toEqual([]);
  });
});
