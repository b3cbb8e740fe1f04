// A strict RFC 4180 reader for the export tests, written apart from the writer so a shared mistake cannot hide.

/** Records of a CSV text (CRLF required between records); an empty line separates tables. */
export const parseCsv = (text: string): string[][][] => {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = "";
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { cell += '"'; i += 2; continue; }
      if (ch === '"') { quoted = false; i += 1; continue; }
      cell += ch; i += 1; continue;
    }
    if (ch === '"') {
      if (cell !== "") throw new Error(`Quote inside an unquoted cell at ${i}`);
      quoted = true; i += 1; continue;
    }
    if (ch === ",") { record.push(cell); cell = ""; i += 1; continue; }
    if (ch === "\r") {
      if (text[i + 1] !== "\n") throw new Error(`Bare CR at ${i}`);
      record.push(cell); records.push(record); record = []; cell = ""; i += 2; continue;
    }
    if (ch === "\n") throw new Error(`Bare LF at ${i}`);
    cell += ch; i += 1;
  }
  if (quoted) throw new Error("Unterminated quote");
  if (cell !== "" || record.length > 0) throw new Error("The last record does not end in CRLF");
  const tables: string[][][] = [[]];
  for (const r of records) {
    if (r.length === 1 && r[0] === "") tables.push([]);
    else tables[tables.length - 1]!.push(r);
  }
  return tables;
};

/** A table as objects keyed by its header row. */
export const rowsOf = (table: string[][]) => {
  const [header, ...rows] = table;
  if (!header) throw new Error("No header row");
  for (const r of rows) if (r.length !== header.length) throw new Error(`Row of ${r.length} cells under a header of ${header.length}`);
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]!])));
};


/** A share cell: four decimals with a dot, truncated — never above the exact value, less than 0.0001 below it. */
export const expectShareCell = (cell: string | undefined, exact: number) => {
  expect(cell).toMatch(/^[01]\.\d{4}$/);
  const written = Number(cell);
  expect(written).toBeLessThanOrEqual(exact + 1e-12);
  expect(exact - written).toBeLessThan(1e-4);
};
