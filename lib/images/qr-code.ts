import "server-only";
import qrcode from "qrcode-generator";
import sharp from "sharp";

/** The QR modules of `text` (error correction M: survives a smudged or folded poster), row by row. */
export const qrModules = (text: string): boolean[][] => {
  const qr = qrcode(0, "M");
  qr.addData(text, "Byte");
  qr.make();
  const n = qr.getModuleCount();
  return Array.from({ length: n }, (_, row) => Array.from({ length: n }, (_, col) => qr.isDark(row, col)));
};

/** A black-on-white PNG of the QR code, `scale` pixels per module, with the 4-module quiet zone scanners need. */
export const qrPng = async (text: string, options: { scale?: number; margin?: number } = {}): Promise<Buffer> => {
  const scale = options.scale ?? 8;
  const margin = options.margin ?? 4;
  const modules = qrModules(text);
  const size = (modules.length + margin * 2) * scale;
  const pixels = Buffer.alloc(size * size, 255);
  modules.forEach((cells, row) =>
    cells.forEach((dark, col) => {
      if (!dark) return;
      for (let y = 0; y < scale; y += 1) {
        const offset = ((row + margin) * scale + y) * size + (col + margin) * scale;
        pixels.fill(0, offset, offset + scale);
      }
    }),
  );
  return sharp(pixels, { raw: { width: size, height: size, channels: 1 } }).png().toBuffer();
};
