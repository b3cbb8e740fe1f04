import { renderOpdAuditReportPdf, reportShare } from "@/lib/export/audit-report-pdf";
import { monthlyTrend } from "@/lib/domain/charts/monthly-trend";
import { distributeAges, paymentAgeBuckets } from "@/lib/domain/charts/payment-age";
import type { OpdAuditReport } from "@/lib/services/reports/get-opd-audit-report";
import { pdfPageTexts } from "./helpers/pdf-text";
import { createTranslator } from "use-intl/core";
import { catalogs } from "@/lib/i18n/messages";
import { WITA_TIME_ZONE } from "@/lib/domain/time/wita";

const render = (r: OpdAuditReport, locale: "id" | "en") =>
  renderOpdAuditReportPdf(r, locale, createTranslator({ locale, messages: catalogs[locale], namespace: "charts.report", timeZone: WITA_TIME_ZONE }) as never);

const report = (o: Partial<OpdAuditReport> = {}): OpdAuditReport => ({
  fiscalYear: 2026,
  generatedAt: new Date("2026-12-03T01:30:00Z"),
  opd: { id: "11111111-1111-4111-8111-111111111111", name: "Dinas Pariwisata Provinsi NTB" },
  compliance: {
    opdId: "11111111-1111-4111-8111-111111111111", name: "Dinas Pariwisata Provinsi NTB", totalIdr: 12_500_000, umkIdr: 4_999_000, umkShare: 0.39992, localIdr: 10_000_000,
    localShare: 0.8, exceptions: 1, targetShare: 0.4, meetsTarget: false, targetStatus: "missed", eventCount: 1, eventTotalIdr: 2_000_000, eventLocalUmkIdr: 2_000_000,
    eventLocalShare: 1, overduePayments: 1,
  },
  charts: {
    fiscalYear: 2026,
    months: monthlyTrend([{ month: 2, totalIdr: 12_500_000, umkIdr: 4_999_000, localIdr: 10_000_000 }]),
    bySellerRegion: [{ key: "r1", label: "Lombok Tengah", totalIdr: 12_500_000 }],
    byCategory: [{ key: "tenun", label: "Tenun dan songket", totalIdr: 9_000_000 }, { key: "kopi", label: "Kopi", totalIdr: 3_500_000 }],
  },
  topSellers: [{ businessId: "b1", name: "Tenun Sukarara Indah", isUmk: true, orders: 3, totalIdr: 9_000_000 }, { businessId: "b2", name: "PT Besar Sekali", isUmk: false, orders: 1, totalIdr: 3_500_000 }],
  exceptions: [{
    id: "e1", number: "PP/2026/DISPAR/000007", opdId: "11111111-1111-4111-8111-111111111111", purpose: "Cendera mata", status: "ordered", justificationCode: "no_umk_supplier",
    justificationText: "Tidak ada penyedia UMK → untuk barang ini", policyVersion: 1, submittedAt: new Date("2026-02-01T02:00:00Z"), decidedAt: new Date("2026-02-02T02:00:00Z"),
    orderedIdr: 3_500_000, umkIdr: 0, localIdr: 0,
  }],
  clock: {
    row: { opdId: "11111111-1111-4111-8111-111111111111", name: "Dinas Pariwisata Provinsi NTB", paidCount: 2, medianDays: 4.5, p90Days: 9, openCount: 1, overdueCount: 1 },
    maxDaysToPay: 7,
    ageBuckets: distributeAges(paymentAgeBuckets(7), { paid: [0, 9], open: [20] }),
    overdue: [{ orderId: "o1", orderNumber: "SP/2026/DISPAR/000003", opdName: "Dinas Pariwisata Provinsi NTB", businessName: "Kopi Sembalun", bastAt: "2026-11-01T02:00:00.000Z", ageDays: 32, outstandingIdr: 1_250_000 }],
  },
  ...o,
});

describe("renderOpdAuditReportPdf", () => {
  it("writes a PDF that parses, with the OPD's name and its figures in every section", async () => {
    const { doc, pages } = await pdfPageTexts(await render(report(), "id"));
    expect(doc.getTitle()).toContain("Dinas Pariwisata Provinsi NTB");
    const text = pages.join("\n");
    expect(text).toContain("Laporan Audit Belanja UMK");
    expect(text).toContain("Dinas Pariwisata Provinsi NTB · Tahun anggaran 2026");
    expect(text).toContain("Rp12.500.000");
    expect(text).toContain("39,9 % (Target porsi UMK 40,0 %): Target tidak tercapai"); // truncated, never rounded up to 40 %
    expect(text).toContain("Tenun dan songket");
    expect(text).toContain("Rp9.000.000");
    expect(text).toContain("PT Besar Sekali");
    expect(text).toContain("PP/2026/DISPAR/000007");
    expect(text).toContain("Tidak ada penyedia UMK -> untuk barang ini"); // a symbol WinAnsi lacks gets a stand-in
    expect(text).toContain("5. Ketepatan pembayaran (batas 7 hari sejak BAST)");
    expect(text).toContain("4,5 hari");
    expect(text).toContain("SP/2026/DISPAR/000003");
    expect(text).toMatch(/Halaman 1 dari \d/);
  });

  it("draws the monthly chart: one column per month and the dashed target line", async () => {
    const bytes = await render(report(), "en");
    const { pages } = await pdfPageTexts(bytes);
    const text = pages.join("\n");
    expect(text).toContain("UMK Spending Audit Report");
    for (const m of ["Jan", "Feb", "Jun", "Dec"]) expect(text).toContain(m);
    expect(text).toContain("UMK share per month (dashed line: target 40.0 %)");
  });

  it("says so when there is nothing to report instead of drawing empty charts", async () => {
    const empty = report({
      compliance: { ...report().compliance, totalIdr: 0, umkIdr: 0, umkShare: 0, targetStatus: "no_spending", exceptions: 0, eventTotalIdr: 0 },
      charts: { fiscalYear: 2026, months: [], bySellerRegion: [], byCategory: [] },
      topSellers: [], exceptions: [], clock: { row: undefined, maxDaysToPay: 7, ageBuckets: distributeAges(paymentAgeBuckets(7), { paid: [], open: [] }), overdue: [] },
    });
    const text = (await pdfPageTexts(await render(empty, "id"))).pages.join("\n");
    expect(text).toContain("Belum ada belanja");
    expect(text).toContain("Tidak ada pengecualian.");
    expect(text).toContain("Tidak ada kegiatan");
  });

  it("adds pages when the exceptions run long, and says how many rows were left to the exports", async () => {
    const many = Array.from({ length: 40 }, (_, i) => ({ ...report().exceptions[0]!, id: `e${i}`, number: `PP/2026/DISPAR/${String(i).padStart(6, "0")}` }));
    const { pages } = await pdfPageTexts(await render(report({ exceptions: many }), "id"));
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.join("\n")).toContain("dan 15 baris lainnya");
  });
});

describe("reportShare", () => {
  it("truncates to one decimal in the report's language", () => {
    expect(reportShare(0.39999, "id")).toBe("39,9 %");
    expect(reportShare(0.4, "en")).toBe("40.0 %");
    expect(reportShare(0.4123, "id")).toBe("41,2 %");
  });
});
