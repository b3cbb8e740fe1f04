import { decodePDFRawStream, PDFArray, PDFDocument, PDFRawStream, type PDFRef } from "pdf-lib";

/**
 * The text drawn on each page of a PDF written with pdf-lib's standard fonts (hex strings shown with Tj), read back
 * by parsing the file with pdf-lib and decoding its content streams — no poppler needed, so it runs anywhere.
 */
export const pdfPageTexts = async (bytes: Uint8Array): Promise<{ doc: PDFDocument; pages: string[] }> => {
  const doc = await PDFDocument.load(bytes);
  const pages = doc.getPages().map((page) => {
    const contents = page.node.Contents();
    const streams = contents instanceof PDFArray ? contents.asArray().map((ref) => doc.context.lookup(ref as PDFRef)) : [contents];
    const ops = streams
      .filter((s): s is PDFRawStream => s instanceof PDFRawStream)
      .map((s) => Buffer.from(decodePDFRawStream(s).decode()).toString("latin1"))
      .join("\n");
    return [...ops.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g)].map((m) => Buffer.from(m[1]!, "hex").toString("latin1")).join("\n");
  });
  return { doc, pages };
};
