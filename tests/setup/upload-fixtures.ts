// Upload fixtures shared by integration and e2e tests: real files, and files that only look real.

/**
 * A real, minimal one-page PDF (header `%PDF-1.4`, catalog, pages, one page, cross-reference table, `%%EOF`),
 * built with correct xref offsets so a PDF reader opens it; pdf-lib parses it, so uploads accept it.
 */
export const minimalPdf = (): Uint8Array => {
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 120] >>",
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("");
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
};

/** Starts like a PDF (`%PDF-1.4`) but holds no object graph: the magic bytes pass, pdf-lib does not. */
export const fakePdf = (): Uint8Array => new TextEncoder().encode("%PDF-1.4\n<html><script>alert(1)</script></html>\n%%EOF\n");

/** JPEG magic bytes (SOI + APP0 "JFIF") over a body that is not image data: sniffs as JPEG, never decodes. */
export const fakeJpeg = (): Uint8Array =>
  new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, ...new TextEncoder().encode("JFIF\0"), ...new TextEncoder().encode("bukan foto ".repeat(200))]);
