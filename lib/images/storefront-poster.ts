import "server-only";
import { PDFDocument, rgb, StandardFonts, type PDFFont, type PDFPage } from "pdf-lib";
import { qrModules } from "./qr-code";

/** Paper sizes in PDF points (1/72 inch). */
export const POSTER_PAGES = { a5: [419.53, 595.28], a4: [595.28, 841.89] } as const;
export type PosterSize = keyof typeof POSTER_PAGES;

export type PosterContent = {
  name: string;
  tagline: string;
  facts: string;
  url: string;
  scanHint: string;
  productsTitle: string;
  products: ReadonlyArray<{ title: string; price: string }>;
  footer: string;
};

const GREEN = rgb(0.02, 0.37, 0.27);
const INK = rgb(0.06, 0.09, 0.16);
const MUTED = rgb(0.28, 0.33, 0.41);

/** The standard PDF fonts speak WinAnsi only: letters with accents lose them, anything else becomes "?". */
export const winAnsi = (text: string) =>
  text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^\u0020-\u007e\u00a0-\u00ff\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026]/g, "?");

const wrap = (text: string, font: PDFFont, size: number, width: number, maxLines: number): string[] => {
  const lines: string[] = [];
  let line = "";
  for (const word of winAnsi(text).split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(next, size) <= width || !line) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = `${kept[maxLines - 1]!.replace(/\s*\S*$/, "")}…`;
    return kept;
  }
  return lines;
};

const drawLines = (page: PDFPage, lines: string[], x: number, y: number, font: PDFFont, size: number, color = INK) => {
  lines.forEach((line, i) => page.drawText(line, { x, y: y - i * size * 1.25, size, font, color }));
  return y - lines.length * size * 1.25;
};

const drawQr = (page: PDFPage, text: string, x: number, top: number, side: number) => {
  const modules = qrModules(text);
  const quiet = 4;
  const cell = side / (modules.length + quiet * 2);
  page.drawRectangle({ x, y: top - side, width: side, height: side, color: rgb(1, 1, 1) });
  modules.forEach((cells, row) =>
    cells.forEach((dark, col) => {
      if (dark) page.drawRectangle({ x: x + (col + quiet) * cell, y: top - (row + quiet + 1) * cell, width: cell, height: cell, color: rgb(0, 0, 0) });
    }),
  );
};

/**
 * A printable poster for a stall or a bazaar: the business's name and tagline, what the ledger proves, a QR
 * code to the storefront (drawn as vector squares, sharp at any printer's resolution), the link spelled out for
 * those who type it, and a few products with prices. One page, A5 or A4; everything scales with the page.
 */
export const renderStorefrontPoster = async (content: PosterContent, size: PosterSize): Promise<Uint8Array> => {
  const pdf = await PDFDocument.create();
  pdf.setTitle(winAnsi(content.name));
  pdf.setCreator("Pasar UMK");
  pdf.setProducer("Pasar UMK");
  pdf.setCreationDate(new Date(0));
  pdf.setModificationDate(new Date(0));
  const [width, height] = POSTER_PAGES[size];
  const page = pdf.addPage([width, height]);
  const k = width / POSTER_PAGES.a5[0];
  const [regular, bold] = await Promise.all([pdf.embedFont(StandardFonts.Helvetica), pdf.embedFont(StandardFonts.HelveticaBold)]);
  const margin = 32 * k;
  const inner = width - margin * 2;

  page.drawRectangle({ x: 0, y: height - 40 * k, width, height: 40 * k, color: GREEN });
  page.drawText("Pasar UMK", { x: margin, y: height - 26 * k, size: 14 * k, font: bold, color: rgb(1, 1, 1) });

  let y = height - 40 * k - 34 * k;
  y = drawLines(page, wrap(content.name, bold, 24 * k, inner, 2), margin, y, bold, 24 * k);
  y = drawLines(page, wrap(content.tagline, regular, 12 * k, inner, 3), margin, y - 4 * k, regular, 12 * k, MUTED);
  y = drawLines(page, wrap(content.facts, bold, 11 * k, inner, 3), margin, y - 6 * k, bold, 11 * k, GREEN);

  const side = Math.min(inner * 0.62, 230 * k);
  const qrTop = y - 10 * k;
  drawQr(page, content.url, (width - side) / 2, qrTop, side);
  y = qrTop - side - 16 * k;
  for (const line of wrap(content.scanHint, bold, 12 * k, inner, 2)) {
    page.drawText(line, { x: (width - bold.widthOfTextAtSize(line, 12 * k)) / 2, y, size: 12 * k, font: bold, color: INK });
    y -= 15 * k;
  }
  const urlText = winAnsi(content.url.replace(/^https?:\/\//, ""));
  const urlSize = Math.min(11 * k, (inner / Math.max(1, regular.widthOfTextAtSize(urlText, 11 * k))) * 11 * k);
  page.drawText(urlText, { x: (width - regular.widthOfTextAtSize(urlText, urlSize)) / 2, y, size: urlSize, font: regular, color: MUTED });
  y -= 26 * k;

  if (content.products.length > 0) {
    page.drawText(winAnsi(content.productsTitle), { x: margin, y, size: 12 * k, font: bold, color: INK });
    y -= 18 * k;
    for (const product of content.products) {
      if (y < 56 * k) break;
      const price = winAnsi(product.price);
      const priceWidth = bold.widthOfTextAtSize(price, 11 * k);
      const [title] = wrap(product.title, regular, 11 * k, inner - priceWidth - 12 * k, 1);
      page.drawText(title ?? "", { x: margin, y, size: 11 * k, font: regular, color: INK });
      page.drawText(price, { x: width - margin - priceWidth, y, size: 11 * k, font: bold, color: INK });
      y -= 16 * k;
    }
  }
  drawLines(page, wrap(content.footer, regular, 8 * k, inner, 2), margin, 30 * k, regular, 8 * k, MUTED);
  return pdf.save();
};
