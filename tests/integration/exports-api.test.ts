import postgres from "postgres";
import { HttpSession } from "../setup/http-session";
import { testPassword, testStack } from "../setup/stack";
import { expectShareCell, parseCsv, rowsOf } from "./exports-helpers";

// The CSV exports over HTTP against the production build (app database seeded with demo data). Other test
// files write to the same database at the same time, so every CSV-vs-JSON comparison reads JSON before and
// after the CSV and compares only a snapshot in which nothing moved.

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

jest.setTimeout(90_000);

const year = Number(new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 4));
const BOM = "\uFEFF";

const signedIn = async (email: string) => {
  const session = new HttpSession();
  const result = await session.signIn(email, testPassword());
  expect(result.hasSession).toBe(true);
  return session;
};

const expectError = async (response: Response, status: number, code: string) => {
  expect(response.status).toBe(status);
  const body = (await response.json()) as Json;
  expect(body).toEqual({ error: expect.objectContaining({ code, message: expect.any(String) }) });
};

/** A CSV download as a browser gets it: checks the headers and bytes every export shares, returns the text. */
const download = async (session: HttpSession, path: string, fileName: RegExp, headers: Record<string, string> = {}) => {
  const response = await session.fetch(path, { headers });
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toMatch(/^text\/csv; charset=utf-8/);
  expect(response.headers.get("content-disposition")).toMatch(new RegExp(`^attachment; filename="${fileName.source}"$`));
  expect(response.headers.get("cache-control")).toBe("private, no-store");
  const bytes = Buffer.from(await response.arrayBuffer());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString("utf8");
  expect(text.startsWith(BOM)).toBe(true);
  expect(text.endsWith("\r\n")).toBe(true);
  return text.slice(1);
};

const json = async (session: HttpSession, path: string) => {
  const response = await session.fetch(path);
  expect(response.status).toBe(200);
  return (await response.json()) as Json;
};

/** JSON, CSV, JSON again until both JSON reads agree (a concurrent writer moved nothing in between). */
const consistentSnapshot = async (read: () => Promise<Json>, csv: () => Promise<string>) => {
  for (let attempt = 0; attempt < 8; attempt += 1) {
    const before = await read();
    const text = await csv();
    const after = await read();
    if (JSON.stringify(before) === JSON.stringify(after)) return { data: before, text };
  }
  throw new Error("The data kept changing under the export test");
};

const int = (cell: string | undefined) => {
  expect(cell).toMatch(/^-?\d+$/);
  return Number(cell);
};

let auditor: HttpSession;
let ppk: HttpSession;
let seller: HttpSession;
let buyer: HttpSession;
let dispar: string;

beforeAll(async () => {
  [auditor, ppk, seller, buyer] = await Promise.all([
    signedIn("auditor@pasarumk.test"), signedIn("ppk@pasarumk.test"), signedIn("penjual@pasarumk.test"), signedIn("pembeli@pasarumk.test"),
  ]);
  const sql = postgres(testStack().appDatabaseUrl!, { max: 1, onnotice: () => undefined });
  try {
    dispar = (await sql`SELECT id FROM opds WHERE short_name = 'Dispar'`)[0]!.id;
  } finally {
    await sql.end();
  }
});

const EXPORTS = [
  `/api/v1/exports/compliance-summary.csv?fiscalYear=${year}`,
  `/api/v1/exports/compliance-requests.csv?fiscalYear=${year}`,
  `/api/v1/exports/events.csv?fiscalYear=${year}`,
  `/api/v1/exports/payment-clock.csv?fiscalYear=${year}`,
];

describe("CSV exports over HTTP", () => {
  it("answer 401 to anonymous callers and 403 to a seller, in the JSON error shape", async () => {
    const anonymous = new HttpSession();
    for (const path of EXPORTS) {
      await expectError(await anonymous.fetch(path), 401, "unauthenticated");
      await expectError(await seller.fetch(path), 403, "forbidden");
    }
    // A buyer reads their OPD's events, but neither compliance figures nor the payment clock.
    await expectError(await buyer.fetch(EXPORTS[0]!), 403, "forbidden");
    await expectError(await buyer.fetch(EXPORTS[3]!), 403, "forbidden");
    await expectError(await auditor.fetch("/api/v1/exports/compliance-summary.csv?fiscalYear=abc"), 400, "bad_request");
    await expectError(await auditor.fetch("/api/v1/exports/payment-clock.csv"), 400, "bad_request");
  });

  it("compliance summary: every OPD's line equals GET /api/v1/compliance/summary, then a totals line", async () => {
    const { data, text } = await consistentSnapshot(
      () => json(auditor, `/api/v1/compliance/summary?fiscalYear=${year}`),
      () => download(auditor, `/api/v1/exports/compliance-summary.csv?fiscalYear=${year}`, new RegExp(`kepatuhan-umk-${year}\\.csv`)),
    );
    const [table, ...more] = parseCsv(text);
    expect(more).toEqual([]);
    expect(table![0]).toEqual([
      "OPD", "Total belanja (Rp)", "Belanja UMK (Rp)", "Porsi UMK", "Belanja lokal (Rp)", "Porsi lokal", "Pengecualian", "Target porsi UMK", "Target tercapai",
      "Jumlah kegiatan", "Belanja kegiatan (Rp)", "Kegiatan: UMK lokal (Rp)", "Kegiatan: porsi UMK lokal", "Pembayaran terlambat", "ID OPD",
    ]);
    const rows = rowsOf(table!);
    const opds = data.opds as Json[];
    expect(opds.length).toBeGreaterThanOrEqual(8);
    expect(rows).toHaveLength(opds.length + 1);
    opds.forEach((o, i) => {
      const r = rows[i]!;
      expect(r["ID OPD"]).toBe(o.opdId);
      expect(r.OPD).toBe(o.name);
      expect(int(r["Total belanja (Rp)"])).toBe(o.totalIdr);
      expect(int(r["Belanja UMK (Rp)"])).toBe(o.umkIdr);
      expectShareCell(r["Porsi UMK"], o.umkShare);
      expect(int(r["Belanja lokal (Rp)"])).toBe(o.localIdr);
      expectShareCell(r["Porsi lokal"], o.localShare);
      expect(int(r.Pengecualian)).toBe(o.exceptions);
      expectShareCell(r["Target porsi UMK"], o.targetShare);
      expect(r["Target tercapai"]).toBe(o.meetsTarget ? "Ya" : "Tidak");
      expect(int(r["Jumlah kegiatan"])).toBe(o.eventCount);
      expect(int(r["Belanja kegiatan (Rp)"])).toBe(o.eventTotalIdr);
      expect(int(r["Kegiatan: UMK lokal (Rp)"])).toBe(o.eventLocalUmkIdr);
      expectShareCell(r["Kegiatan: porsi UMK lokal"], o.eventLocalShare);
      expect(int(r["Pembayaran terlambat"])).toBe(o.overduePayments);
    });
    // The demo year has spending, so the region's line is a real proof, not a row of zeros.
    const totals = rows.at(-1)!;
    const sum = (key: string) => opds.reduce((s, o) => s + (o[key] as number), 0);
    expect(totals.OPD).toBe("Jumlah");
    expect(totals["ID OPD"]).toBe("");
    expect(int(totals["Total belanja (Rp)"])).toBe(sum("totalIdr"));
    expect(sum("totalIdr")).toBeGreaterThan(0);
    expect(int(totals["Belanja UMK (Rp)"])).toBe(sum("umkIdr"));
    expectShareCell(totals["Porsi UMK"], sum("umkIdr") / sum("totalIdr"));
    expect(int(totals["Belanja lokal (Rp)"])).toBe(sum("localIdr"));
    expect(int(totals.Pengecualian)).toBe(sum("exceptions"));
    expect(totals["Target tercapai"]).toBe(sum("umkIdr") / sum("totalIdr") >= opds[0]!.targetShare ? "Ya" : "Tidak");
    expect(int(totals["Jumlah kegiatan"])).toBe(sum("eventCount"));
    expect(int(totals["Pembayaran terlambat"])).toBe(sum("overduePayments"));
  });

  it("answers in English when asked, and an approver gets only their OPD", async () => {
    const english = parseCsv(await download(auditor, `/api/v1/exports/compliance-summary.csv?fiscalYear=${year}`, /kepatuhan-umk-\d{4}\.csv/, { "accept-language": "en" }));
    expect(english[0]![0]!.slice(0, 4)).toEqual(["Office", "Total spend (IDR)", "UMK spend (IDR)", "UMK share"]);
    expect(english[0]!.at(-1)![0]).toBe("Total");
    expect(english[0]!.slice(1, -1).every((r) => r[8] === "Yes" || r[8] === "No")).toBe(true);

    // The audit pages pass the UI's language as ?lang=, which wins over the browser's Accept-Language: a Bahasa
    // page on an English phone still downloads a Bahasa file, and the other way round.
    const summaryPath = `/api/v1/exports/compliance-summary.csv?fiscalYear=${year}`;
    const pageInBahasa = parseCsv(await download(auditor, `${summaryPath}&lang=id`, /kepatuhan-umk-\d{4}\.csv/, { "accept-language": "en-US,en;q=0.9" }));
    expect(pageInBahasa[0]![0]!.slice(0, 2)).toEqual(["OPD", "Total belanja (Rp)"]);
    expect(pageInBahasa[0]!.slice(1, -1).every((r) => r[8] === "Ya" || r[8] === "Tidak")).toBe(true);
    const pageInEnglish = parseCsv(await download(auditor, `${summaryPath}&lang=en`, /kepatuhan-umk-\d{4}\.csv/, { "accept-language": "id" }));
    expect(pageInEnglish[0]![0]![0]).toBe("Office");
    // Without ?lang= or a language cookie or Accept-Language: Bahasa Indonesia.
    const plain = parseCsv(await download(auditor, summaryPath, /kepatuhan-umk-\d{4}\.csv/));
    expect(plain[0]![0]![0]).toBe("OPD");

    const own = rowsOf(parseCsv(await download(ppk, `/api/v1/exports/compliance-summary.csv?fiscalYear=${year}`, /kepatuhan-umk-\d{4}\.csv/))[0]!);
    expect(own.map((r) => r["ID OPD"])).toEqual([dispar, ""]);
    const requests = rowsOf(parseCsv(await download(ppk, `/api/v1/exports/compliance-requests.csv?fiscalYear=${year}`, /kepatuhan-permintaan-\d{4}\.csv/))[0]!);
    const dinas = own[0]!.OPD;
    expect(requests.every((r) => r.OPD === dinas)).toBe(true);
    // Another OPD's figures are refused, not emptied.
    const other = (await json(auditor, `/api/v1/compliance/summary?fiscalYear=${year}`)).opds.find((o: Json) => o.opdId !== dispar);
    await expectError(await ppk.fetch(`/api/v1/exports/compliance-requests.csv?fiscalYear=${year}&opdId=${other.opdId}`), 403, "forbidden");
  });

  it("compliance requests: the drill-down adds up to the summary, with justification and policy version", async () => {
    const { data, text } = await consistentSnapshot(
      () => json(auditor, `/api/v1/compliance/summary?fiscalYear=${year}&opdId=${dispar}`),
      () => download(auditor, `/api/v1/exports/compliance-requests.csv?fiscalYear=${year}&opdId=${dispar}`, new RegExp(`kepatuhan-permintaan-${year}-${dispar.slice(0, 8)}\\.csv`)),
    );
    const rows = rowsOf(parseCsv(text)[0]!);
    const opd = data.opds[0] as Json;
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.OPD === opd.name)).toBe(true);
    const sum = (key: string) => rows.reduce((s, r) => s + int(r[key]), 0);
    expect(sum("Total dipesan (Rp)")).toBe(opd.totalIdr);
    expect(sum("UMK (Rp)")).toBe(opd.umkIdr);
    expect(sum("Lokal (Rp)")).toBe(opd.localIdr);
    expect(rows.filter((r) => r["Kode alasan pengecualian"] !== "")).toHaveLength(opd.exceptions);
    for (const r of rows) {
      expect(r["Nomor permintaan"]).toMatch(/^PP\/\d{4}\//);
      expect(int(r["Versi kebijakan"])).toBeGreaterThanOrEqual(1);
      expect(r["Disetujui (UTC)"]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
      // The WITA column is the UTC instant eight hours later.
      const wita = new Date(Date.parse(r["Disetujui (UTC)"]!) + 8 * 3_600_000).toISOString().slice(0, 16).replace("T", " ");
      expect(r["Disetujui (WITA)"]).toBe(wita);
      if (r["Kode alasan pengecualian"]) expect(r["Uraian alasan"]!.length).toBeGreaterThan(0);
    }
  });

  it("events: the same rows as GET /api/v1/events with the page's filters, text never runs as a formula", async () => {
    // A buyer's event whose title a spreadsheet would run as a formula, with a comma, quotes and a line break.
    const title = `=HYPERLINK("http://contoh.test","klik") ekspor ${Date.now()}`;
    const created = await buyer.fetch("/api/v1/events", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ title, type: "rapat", startsAt: `${year}-03-02T09:00`, endsAt: `${year}-03-02T13:00:00+08:00`, kabupaten: "Kota Mataram", attendees: 12, budgetIdr: 1_500_000 }),
    });
    expect(created.status).toBe(201);
    const event = (await created.json()) as Json;
    const query = `fiscalYear=${year}&opdId=${event.opd.id}&from=${year}-03-02&to=${year}-03-02`;
    const { data, text } = await consistentSnapshot(
      () => json(auditor, `/api/v1/events?${query}`),
      () => download(auditor, `/api/v1/exports/events.csv?${query}`, new RegExp(`kegiatan-${year}-${event.opd.id.slice(0, 8)}-${year}-03-02-${year}-03-02\\.csv`)),
    );
    const rows = rowsOf(parseCsv(text)[0]!);
    const events = data.events as Json[];
    expect(rows.map((r) => r["ID kegiatan"])).toEqual(events.map((e) => e.id));
    const mine = rows.find((r) => r["ID kegiatan"] === event.id)!;
    expect(mine.Kegiatan).toBe(`'${title}`);
    expect(text).toContain(`"'=HYPERLINK(""http://contoh.test"",""klik"") ekspor`);
    expect(mine).toMatchObject({ OPD: event.opd.name, Jenis: "Rapat", Status: "Terbuka", "Mulai (WITA)": `${year}-03-02 09:00`, "Selesai (WITA)": `${year}-03-02 13:00` });
    expect(mine["Mulai (UTC)"]).toBe(`${year}-03-02T01:00:00.000Z`);
    expect(int(mine["Pagu (Rp)"])).toBe(1_500_000);
    events.forEach((e, i) => {
      const r = rows[i]!;
      expect(int(r["Total (Rp)"])).toBe(e.compliance.totalIdr);
      expect(int(r["UMK lokal (Rp)"])).toBe(e.compliance.localUmkIdr);
      expectShareCell(r["Porsi UMK lokal"], e.compliance.share);
      expectShareCell(r["Porsi konsumsi UMK lokal"], e.compliance.consumption.share);
      expect(int(r["Dideklarasikan (Rp)"])).toBe(e.compliance.declared.totalIdr);
      expect(int(r["Jumlah temuan"])).toBe(e.compliance.findings.length);
    });

    // The buyer exports their own OPD's events; the region-wide list would name other OPDs.
    const own = rowsOf(parseCsv(await download(buyer, `/api/v1/exports/events.csv?fiscalYear=${year}`, new RegExp(`kegiatan-${year}\\.csv`)))[0]!);
    expect(own.length).toBeGreaterThan(0);
    expect(new Set(own.map((r) => r.OPD))).toEqual(new Set([event.opd.name]));
  });

  it("the audit pages link to their CSV with the filters they show, and the links download", async () => {
    const linkOf = async (page: string, testId: string) => {
      const response = await auditor.fetch(page);
      expect(response.status).toBe(200);
      const tag = new RegExp(`<a[^>]*data-testid="${testId}"[^>]*>`).exec(await response.text())?.[0];
      expect(tag).toBeDefined();
      return /href="([^"]+)"/.exec(tag!)![1]!.replaceAll("&amp;", "&");
    };
    const links = {
      summary: await linkOf(`/audit/kepatuhan?tahun=${year}`, "download-summary-csv"),
      requests: await linkOf(`/audit/kepatuhan?tahun=${year}`, "download-requests-csv"),
      opdRequests: await linkOf(`/audit/kepatuhan/${dispar}?tahun=${year}`, "download-requests-csv"),
      clock: await linkOf(`/audit/pembayaran?tahun=${year}`, "download-payment-clock-csv"),
    };
    // Each link names the page's language (Bahasa by default), so the file says what the page said.
    expect(links).toEqual({
      summary: `/api/v1/exports/compliance-summary.csv?fiscalYear=${year}&lang=id`,
      requests: `/api/v1/exports/compliance-requests.csv?fiscalYear=${year}&lang=id`,
      opdRequests: `/api/v1/exports/compliance-requests.csv?fiscalYear=${year}&opdId=${dispar}&lang=id`,
      clock: `/api/v1/exports/payment-clock.csv?fiscalYear=${year}&lang=id`,
    });
    const withEvents = (await json(auditor, `/api/v1/events?fiscalYear=${year}`)).events[0].opd.id as string;
    const events = await linkOf(`/audit/kegiatan?tahun=${year}&opd=${withEvents}&status=open&dari=${year}-01-01&kepatuhan=nonsense`, "download-events-csv");
    expect(events).toBe(`/api/v1/exports/events.csv?fiscalYear=${year}&opdId=${withEvents}&status=open&from=${year}-01-01&lang=id`);
    for (const href of [...Object.values(links), events]) {
      // An English-language browser on the Bahasa page still gets the Bahasa file.
      const response = await auditor.fetch(href, { headers: { "accept-language": "en-US,en;q=0.9" } });
      expect(response.status).toBe(200);
      expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="[a-z0-9-]+\.csv"$/);
      const header = parseCsv((await response.text()).replace(/^\uFEFF/, ""))[0]![0]!;
      expect(header.some((cell) => cell === "OPD" || cell === "Kegiatan")).toBe(true);
      expect(header).not.toContain("Office");
    }
  });

  it("the audit pages print no API path: the chain check is offered as a download link", async () => {
    /** What a reader sees: the HTML without scripts, styles and tags (attributes such as href go with the tags). */
    const visibleText = async (page: string) => {
      const response = await auditor.fetch(page);
      expect(response.status).toBe(200);
      return (await response.text()).replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, "").replace(/<[^>]*>/g, " ");
    };
    for (const page of ["/audit", `/audit/kepatuhan?tahun=${year}`, `/audit/kepatuhan/${dispar}?tahun=${year}`, `/audit/pembayaran?tahun=${year}`, `/audit/kegiatan?tahun=${year}`]) {
      expect(await visibleText(page)).not.toContain("/api/");
    }
    const html = await (await auditor.fetch("/audit")).text();
    const link = /<a[^>]*data-testid="audit-chain-download"[^>]*>([^<]*)</.exec(html);
    expect(link?.[1]).toBe("Unduh hasil pemeriksaan (JSON)");
    const verify = await auditor.fetch(/href="([^"]+)"/.exec(link![0])![1]!);
    expect(verify.status).toBe(200);
    expect(((await verify.json()) as Json).ok).toBe(true);
  });

  it("payment clock: per-OPD table equals GET /api/v1/payment-clock, then the overdue orders", async () => {
    const { data, text } = await consistentSnapshot(
      () => json(auditor, `/api/v1/payment-clock?fiscalYear=${year}`),
      () => download(auditor, `/api/v1/exports/payment-clock.csv?fiscalYear=${year}`, new RegExp(`jam-pembayaran-${year}\\.csv`)),
    );
    const tables = parseCsv(text);
    expect(tables).toHaveLength(2);
    const [perOpd, overdue] = tables.map(rowsOf) as [Array<Record<string, string>>, Array<Record<string, string>>];
    const limit = `Terlambat (> ${data.maxDaysToPay} hari)`;
    expect(perOpd.map((r) => r["ID OPD"])).toEqual(data.opds.map((o: Json) => o.opdId));
    data.opds.forEach((o: Json, i: number) => {
      const r = perOpd[i]!;
      expect(int(r["Dibayar (tagihan)"])).toBe(o.paidCount);
      expect(r["Median BAST → bayar (hari)"]).toBe(o.medianDays === null ? "" : String(o.medianDays));
      expect(r["P90 BAST → bayar (hari)"]).toBe(o.p90Days === null ? "" : String(o.p90Days));
      expect(int(r["Pesanan belum lunas"])).toBe(o.openCount);
      expect(int(r[limit])).toBe(o.overdueCount);
    });
    expect(overdue.map((r) => r["ID pesanan"])).toEqual(data.overdue.map((o: Json) => o.orderId));
    data.overdue.forEach((o: Json, i: number) => {
      expect(int(overdue[i]!["Tagihan (Rp)"])).toBe(o.outstandingIdr);
      expect(int(overdue[i]!["Umur (hari)"])).toBe(o.ageDays);
      expect(overdue[i]!["BAST (UTC)"]).toBe(o.bastAt);
    });

    // The treasurer's clock is their OPD's only, as on the page.
    const treasurer = await signedIn("bendahara@pasarumk.test");
    const mine = await json(treasurer, `/api/v1/payment-clock?fiscalYear=${year}`);
    const theirs = rowsOf(parseCsv(await download(treasurer, `/api/v1/exports/payment-clock.csv?fiscalYear=${year}`, /jam-pembayaran-\d{4}\.csv/))[0]!);
    expect(theirs.map((r) => r["ID OPD"])).toEqual(mine.opds.map((o: Json) => o.opdId));
    expect(theirs.length).toBeLessThan(perOpd.length);
  });
});
