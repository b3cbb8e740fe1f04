import ExcelJS from "exceljs";
import postgres from "postgres";
import { HttpSession } from "../setup/http-session";
import { testPassword, testStack } from "../setup/stack";
import { pdfPageTexts } from "../unit/helpers/pdf-text";

// The XLSX siblings and the PDF audit report over HTTP against the production build (demo data). Other test files
// write to the same database, so each file-vs-JSON comparison retries until the JSON read before and after agree.

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

jest.setTimeout(90_000);

const year = Number(new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 4));
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const signedIn = async (email: string) => {
  const session = new HttpSession();
  expect((await session.signIn(email, testPassword())).hasSession).toBe(true);
  return session;
};

const expectError = async (response: Response, status: number, code: string) => {
  expect(response.status).toBe(status);
  expect((await response.json()) as Json).toEqual({ error: expect.objectContaining({ code, message: expect.any(String) }) });
};

const file = async (session: HttpSession, path: string, contentType: string, fileName: RegExp) => {
  const response = await session.fetch(path);
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe(contentType);
  expect(response.headers.get("content-disposition")).toMatch(new RegExp(`^attachment; filename="${fileName.source}"$`));
  expect(response.headers.get("cache-control")).toBe("private, no-store");
  return Buffer.from(await response.arrayBuffer());
};

const workbook = async (bytes: Buffer) => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
};

const snapshot = async <T>(read: () => Promise<Json>, load: () => Promise<T>) => {
  for (let attempt = 0; attempt < 8; attempt += 1) {
    const before = await read();
    const loaded = await load();
    const after = await read();
    if (JSON.stringify(before) === JSON.stringify(after)) return { data: before, loaded };
  }
  throw new Error("The data kept changing under the export test");
};

let auditor: HttpSession;
let ppk: HttpSession;
let seller: HttpSession;
let dispar: string;

beforeAll(async () => {
  [auditor, ppk, seller] = await Promise.all([signedIn("auditor@pasarumk.test"), signedIn("ppk@pasarumk.test"), signedIn("penjual@pasarumk.test")]);
  const sql = postgres(testStack().appDatabaseUrl!, { max: 1, onnotice: () => undefined });
  try {
    dispar = (await sql`SELECT id FROM opds WHERE short_name = 'Dispar'`)[0]!.id;
  } finally {
    await sql.end();
  }
});

const json = async (session: HttpSession, path: string) => {
  const response = await session.fetch(path);
  expect(response.status).toBe(200);
  return (await response.json()) as Json;
};

describe("XLSX exports over HTTP", () => {
  it("compliance summary: typed cells equal GET /api/v1/compliance/summary, a totals line last", async () => {
    const { data, loaded: wb } = await snapshot(
      () => json(auditor, `/api/v1/compliance/summary?fiscalYear=${year}`),
      async () => workbook(await file(auditor, `/api/v1/exports/compliance-summary.xlsx?fiscalYear=${year}&lang=id`, XLSX, new RegExp(`kepatuhan-umk-${year}\\.xlsx`))),
    );
    const sheet = wb.getWorksheet("Kepatuhan UMK")!;
    expect(sheet.getRow(1).getCell(2).value).toBe("Total belanja (Rp)");
    const opds = data.opds as Json[];
    expect(opds.length).toBeGreaterThanOrEqual(8);
    expect(sheet.rowCount).toBe(opds.length + 2);
    opds.forEach((o, i) => {
      const row = sheet.getRow(i + 2);
      expect(row.getCell(1).value).toBe(o.name);
      expect(row.getCell(2).type).toBe(ExcelJS.ValueType.Number);
      expect(row.getCell(2).value).toBe(o.totalIdr);
      expect(row.getCell(2).numFmt).toBe('"Rp"#,##0');
      expect(row.getCell(4).type).toBe(ExcelJS.ValueType.Number);
      expect(row.getCell(4).value as number).toBeLessThanOrEqual(o.umkShare);
      expect(o.umkShare - (row.getCell(4).value as number)).toBeLessThan(0.0001);
      expect(row.getCell(4).numFmt).toBe("0.00%");
      expect(row.getCell(7).value).toBe(o.exceptions);
      expect(row.getCell(15).value).toBe(o.opdId);
    });
    const totals = sheet.getRow(opds.length + 2);
    expect(totals.getCell(1).value).toBe("Jumlah");
    expect(totals.getCell(2).value).toBe(opds.reduce((s, o) => s + (o.totalIdr as number), 0));
    expect(totals.getCell(2).value as number).toBeGreaterThan(0);
  });

  it("compliance requests: dates as dates (WITA and UTC), amounts as rupiah numbers", async () => {
    const wb = await workbook(await file(auditor, `/api/v1/exports/compliance-requests.xlsx?fiscalYear=${year}`, XLSX, new RegExp(`kepatuhan-permintaan-${year}\\.xlsx`)));
    const sheet = wb.worksheets[0]!;
    expect(sheet.rowCount).toBeGreaterThan(1);
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const col = (name: string) => header.indexOf(name) + 1;
    const row = sheet.getRow(2);
    const utc = row.getCell(col("Diajukan (UTC)"));
    const wita = row.getCell(col("Diajukan (WITA)"));
    expect(utc.type).toBe(ExcelJS.ValueType.Date);
    expect(wita.type).toBe(ExcelJS.ValueType.Date);
    expect(wita.numFmt).toBe("yyyy-mm-dd hh:mm");
    // The WITA cell shows the UTC instant eight hours later, to the minute.
    expect(Math.floor(((wita.value as Date).getTime() - (utc.value as Date).getTime()) / 60_000)).toBeGreaterThanOrEqual(479);
    expect((wita.value as Date).getTime() - (utc.value as Date).getTime()).toBeLessThanOrEqual(8 * 3_600_000);
    const ordered = row.getCell(col("Total dipesan (Rp)"));
    expect(ordered.type).toBe(ExcelJS.ValueType.Number);
    expect(ordered.numFmt).toBe('"Rp"#,##0');
  });

  it("payment clock: two sheets; events: one; the same refusals as the CSV files", async () => {
    const clock = await workbook(await file(auditor, `/api/v1/exports/payment-clock.xlsx?fiscalYear=${year}&lang=en`, XLSX, new RegExp(`jam-pembayaran-${year}\\.xlsx`)));
    expect(clock.worksheets.map((s) => s.name)).toEqual(["Payment clock", "Overdue"]);
    expect(clock.getWorksheet("Payment clock")!.getRow(1).getCell(1).value).toBe("Office");
    const events = await workbook(await file(auditor, `/api/v1/exports/events.xlsx?fiscalYear=${year}`, XLSX, new RegExp(`kegiatan-${year}\\.xlsx`)));
    expect(events.worksheets.map((s) => s.name)).toEqual(["Kegiatan"]);
    await expectError(await new HttpSession().fetch(`/api/v1/exports/compliance-summary.xlsx?fiscalYear=${year}`), 401, "unauthenticated");
    await expectError(await seller.fetch(`/api/v1/exports/payment-clock.xlsx?fiscalYear=${year}`), 403, "forbidden");
    await expectError(await auditor.fetch("/api/v1/exports/compliance-summary.xlsx?fiscalYear=abc"), 400, "bad_request");
  });
});

describe("PDF audit report over HTTP", () => {
  it("parses, names the OPD and states its compliance figures as GET /api/v1/compliance/summary does", async () => {
    const { data, loaded: bytes } = await snapshot(
      () => json(auditor, `/api/v1/compliance/summary?fiscalYear=${year}&opdId=${dispar}`),
      () => file(auditor, `/api/v1/exports/audit-report.pdf?fiscalYear=${year}&opdId=${dispar}&lang=id`, "application/pdf", new RegExp(`laporan-audit-${year}-${dispar.slice(0, 8)}\\.pdf`)),
    );
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const { doc, pages } = await pdfPageTexts(bytes);
    const opd = (data.opds as Json[])[0]!;
    expect(doc.getTitle()).toContain(opd.name);
    const text = pages.join("\n");
    expect(text).toContain(`${opd.name} · Tahun anggaran ${year}`);
    const rupiah = (v: number) => `Rp${v.toLocaleString("id-ID")}`;
    expect(text).toContain(rupiah(opd.totalIdr));
    expect(text).toContain(rupiah(opd.umkIdr));
    expect(text).toContain(`${(Math.floor(opd.umkShare * 1000) / 10).toLocaleString("id-ID", { minimumFractionDigits: 1 })} %`);
    for (const section of ["1. Kepatuhan porsi UMK", "2. Belanja menurut kategori", "3. Penjual teratas", "4. Pengecualian", "5. Ketepatan pembayaran"]) expect(text).toContain(section);
    expect(opd.totalIdr).toBeGreaterThan(0); // the demo OPD has spending, so the figures above are real ones
  });

  it("is finance's only: 401 anonymous, 403 to the OPD's own PPK and a seller, 400 without an OPD", async () => {
    const path = `/api/v1/exports/audit-report.pdf?fiscalYear=${year}&opdId=${dispar}`;
    await expectError(await new HttpSession().fetch(path), 401, "unauthenticated");
    await expectError(await ppk.fetch(path), 403, "forbidden");
    await expectError(await seller.fetch(path), 403, "forbidden");
    await expectError(await auditor.fetch(`/api/v1/exports/audit-report.pdf?fiscalYear=${year}`), 400, "bad_request");
    await expectError(await auditor.fetch(`/api/v1/exports/audit-report.pdf?fiscalYear=${year}&opdId=00000000-0000-4000-8000-000000000000`), 403, "forbidden");
  });
});
