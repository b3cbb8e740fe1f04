import { checkUpload, MAX_DOCUMENT_BYTES, MAX_PHOTO_BYTES, sniffContentType } from "@/lib/domain/files/sniff";
import { isSafeKey } from "@/lib/storage/storage";

const bytes = (...parts: Array<number[] | string>) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? [...Buffer.from(p, "latin1")] : p)));

// Real file headers: what the first bytes of each format look like on disk.
const JPEG = bytes([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10], "JFIF", [0x00, 0x01]);
const PNG = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d], "IHDR");
const WEBP = bytes("RIFF", [0x24, 0x00, 0x00, 0x00], "WEBPVP8 ");
const PDF = bytes("%PDF-1.7\n%âãÏÓ\n");
const TEXT_NAMED_JPG = bytes("ini bukan foto, hanya teks.txt yang diganti namanya\n");

describe("content sniffing", () => {
  it.each([
    ["JPEG", JPEG, "image/jpeg"],
    ["PNG", PNG, "image/png"],
    ["WebP", WEBP, "image/webp"],
    ["PDF", PDF, "application/pdf"],
    ["renamed .txt", TEXT_NAMED_JPG, null],
    ["RIFF that is not WebP (WAV)", bytes("RIFF", [0, 0, 0, 0], "WAVEfmt "), null],
    ["truncated PNG signature", PNG.slice(0, 5), null],
    ["GIF", bytes("GIF89a"), null],
  ])("%s → %p", (_name, input, expected) => {
    expect(sniffContentType(input)).toBe(expected);
  });

  it("photos accept JPEG/PNG/WebP, not PDF", () => {
    expect(checkUpload(PNG, "photo")).toEqual({ ok: true, type: "image/png" });
    expect(checkUpload(PDF, "photo")).toEqual({ ok: false, reason: "unsupported" });
    expect(checkUpload(TEXT_NAMED_JPG, "photo")).toEqual({ ok: false, reason: "unsupported" });
  });

  it("documents accept PDF/JPEG/PNG, not WebP", () => {
    expect(checkUpload(PDF, "document")).toEqual({ ok: true, type: "application/pdf" });
    expect(checkUpload(WEBP, "document")).toEqual({ ok: false, reason: "unsupported" });
  });

  it("size limits are inclusive: 5 MB photos, 10 MB documents", () => {
    const photoAtLimit = new Uint8Array(MAX_PHOTO_BYTES);
    photoAtLimit.set(JPEG);
    expect(checkUpload(photoAtLimit, "photo").ok).toBe(true);
    const photoOver = new Uint8Array(MAX_PHOTO_BYTES + 1);
    photoOver.set(JPEG);
    expect(checkUpload(photoOver, "photo")).toEqual({ ok: false, reason: "too_large" });
    const docOver = new Uint8Array(MAX_DOCUMENT_BYTES + 1);
    docOver.set(PDF);
    expect(checkUpload(docOver, "document")).toEqual({ ok: false, reason: "too_large" });
    expect(checkUpload(new Uint8Array(0), "photo")).toEqual({ ok: false, reason: "empty" });
  });

  it("storage keys cannot climb out of the upload folder", () => {
    expect(isSafeKey("products/abc/123.webp")).toBe(true);
    expect(isSafeKey("products/../../etc/passwd.png")).toBe(false);
    expect(isSafeKey("/etc/x.png")).toBe(false);
    expect(isSafeKey("products/a.txt")).toBe(false);
  });
});
