import ExcelJS from "exceljs";
import { complianceSummaryTables } from "@/app/api/v1/exports/_lib/compliance-summary-csv";
import { paymentClockTables } from "@/app/api/v1/exports/_lib/payment-clock-csv";
import { toXlsx, XLSX_FORMATS } from "@/lib/export/xlsx";
import type { ComplianceSummaryView } from "@/lib/validation/views/procurement";

const read = async (bytes: Buffer) => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
};

const row = (o: Partial<ComplianceSummaryView["opds"][number]>): ComplianceSummaryView["opds"][number] => ({
  opdId: "11111111-1111-4111-8111-111111111111", name: "Dinas Pariwisata", totalIdr: 1_000_000, umkIdr: 399_990, umkShare: 0.39999, localIdr: 500_000, localShare: 0.5,
  exceptions: 2, targetShare: 0.4, meetsTarget: false, targetStatus: "missed", eventCount: 1, eventTotalIdr: 200_000, eventLocalUmkIdr: 200_000, eventLocalShare: 1,
  overduePayments: 0, ...o,
});

describe("toXlsx", () => {
  const now = new Date("2026-12-03T00:00:00Z");

  it("writes rupiah and counts as numbers, shares as truncated percentages, text as text (never a formula)", async () => {
    const summary = { fiscalYear: 2026, opds: [row({}), row({ opdId: "22222222-2222-4222-8222-222222222222", name: "=HYPERLINK(\"x\")", totalIdr: 0, umkIdr: 0, umkShare: 0 })] };
    const wb = await read(await toXlsx(complianceSummaryTables(summary, "id"), { title: "t", now }));
    const sheet = wb.getWorksheet("Kepatuhan UMK")!;
    expect(sheet.getRow(1).getCell(1).value).toBe("OPD");
    expect(sheet.getRow(1).font?.bold).toBe(true);
    const total = sheet.getRow(2).getCell(2);
    expect(total.type).toBe(ExcelJS.ValueType.Number);
    expect(total.value).toBe(1_000_000);
    expect(total.numFmt).toBe(XLSX_FORMATS.idr);
    const share = sheet.getRow(2).getCell(4);
    expect(share.type).toBe(ExcelJS.ValueType.Number);
    expect(share.value).toBe(0.3999); // truncated like the CSV: 39.999 % must not show as 40 %
    expect(share.numFmt).toBe(XLSX_FORMATS.share);
    const exceptions = sheet.getRow(2).getCell(7);
    expect(exceptions.type).toBe(ExcelJS.ValueType.Number);
    expect(exceptions.numFmt ?? "General").toBe("General");
    const name = sheet.getRow(3).getCell(1);
    expect(name.type).toBe(ExcelJS.ValueType.String);
    expect(name.value).toBe("=HYPERLINK(\"x\")");
    // The totals line: sums, and a share recomputed from them.
    expect(sheet.getRow(4).getCell(1).value).toBe("Jumlah");
    expect(sheet.getRow(4).getCell(2).value).toBe(1_000_000);
    expect(sheet.rowCount).toBe(4);
  });

  it("writes instants as dates on the column's clock (WITA minutes, UTC) with a date format; empty cells stay empty", async () => {
    const clock = {
      fiscalYear: 2026, maxDaysToPay: 7, ageBuckets: [],
      opds: [{ opdId: "11111111-1111-4111-8111-111111111111", name: "Dispar", paidCount: 0, medianDays: null, p90Days: null, openCount: 1, overdueCount: 1 }],
      overdue: [{ orderId: "33333333-3333-4333-8333-333333333333", orderNumber: "SP/2026/1", opdName: "Dispar", businessName: "Toko", bastAt: "2026-01-10T02:00:30.000Z", ageDays: 40, outstandingIdr: 750_000 }],
    };
    const wb = await read(await toXlsx(paymentClockTables(clock, "en"), { title: "t", now }));
    expect(wb.worksheets.map((s) => s.name)).toEqual(["Payment clock", "Overdue"]);
    expect(wb.getWorksheet("Payment clock")!.getRow(2).getCell(3).type).toBe(ExcelJS.ValueType.Null);
    const overdue = wb.getWorksheet("Overdue")!.getRow(2);
    const wita = overdue.getCell(4);
    expect(wita.type).toBe(ExcelJS.ValueType.Date);
    expect((wita.value as Date).toISOString()).toBe("2026-01-10T10:00:00.000Z"); // 10:00 WITA as the sheet shows it
    expect(wita.numFmt).toBe(XLSX_FORMATS.wita);
    const utc = overdue.getCell(5);
    expect(utc.type).toBe(ExcelJS.ValueType.Date);
    expect((utc.value as Date).toISOString()).toBe("2026-01-10T02:00:30.000Z");
    expect(overdue.getCell(7).value).toBe(750_000);
    expect(overdue.getCell(7).numFmt).toBe(XLSX_FORMATS.idr);
  });

  it("keeps sheet names within Excel's rules and unique", async () => {
    const table = { name: "a/b:c*d?e[f]g and a name far longer than thirty-one characters", header: ["x"], rows: [] };
    const wb = await read(await toXlsx([table, table], { title: "t", now }));
    const names = wb.worksheets.map((s) => s.name);
    expect(names.every((n) => n.length <= 31 && !/[:\\/?*[\]]/.test(n))).toBe(true);
    expect(new Set(names).size).toBe(2);
  });
});
