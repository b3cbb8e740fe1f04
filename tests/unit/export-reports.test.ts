import { complianceSummaryCsv } from "@/app/api/v1/exports/_lib/compliance-summary-csv";
import { eventsCsv } from "@/app/api/v1/exports/_lib/events-csv";
import { paymentClockCsv } from "@/app/api/v1/exports/_lib/payment-clock-csv";
import { evaluateEvent } from "@/lib/domain/events/event-compliance";
import { DEFAULT_NTB_POLICY } from "@/lib/domain/compliance/policy";
import type { ComplianceSummaryView } from "@/lib/validation/views/procurement";
import type { EventSummaryView } from "@/lib/validation/views/events";

const BOM = "\uFEFF";

const opdLine = (over: Partial<ComplianceSummaryView["opds"][number]>): ComplianceSummaryView["opds"][number] => ({
  opdId: "opd-1", name: "Dinas Pariwisata", totalIdr: 0, umkIdr: 0, umkShare: 0, localIdr: 0, localShare: 0, exceptions: 0, targetShare: 0.4, meetsTarget: false, targetStatus: "no_spending",
  eventCount: 0, eventTotalIdr: 0, eventLocalUmkIdr: 0, eventLocalShare: 0, overduePayments: 0, ...over,
});

describe("export reports (pure mapping of the services' views)", () => {
  it("compliance summary: exact bytes, and a totals line with shares recomputed from the sums", () => {
    const csv = complianceSummaryCsv({
      fiscalYear: 2026,
      opds: [
        opdLine({ totalIdr: 1_000_000, umkIdr: 500_000, umkShare: 0.5, localIdr: 250_000, localShare: 0.25, exceptions: 1, meetsTarget: true, eventCount: 2, eventTotalIdr: 300_000, eventLocalUmkIdr: 100_000, eventLocalShare: 1 / 3, overduePayments: 1 }),
        opdLine({ opdId: "opd-2", name: "BKAD, Bidang Akuntansi", totalIdr: 3_000_000, umkIdr: 600_000, umkShare: 0.2, localIdr: 0, localShare: 0 }),
      ],
    }, "id");
    expect(csv).toBe(
      BOM +
        "OPD,Total belanja (Rp),Belanja UMK (Rp),Porsi UMK,Belanja lokal (Rp),Porsi lokal,Pengecualian,Target porsi UMK,Target tercapai,Jumlah kegiatan,Belanja kegiatan (Rp),Kegiatan: UMK lokal (Rp),Kegiatan: porsi UMK lokal,Pembayaran terlambat,ID OPD\r\n" +
        "Dinas Pariwisata,1000000,500000,0.5000,250000,0.2500,1,0.4000,Ya,2,300000,100000,0.3333,1,opd-1\r\n" +
        '"BKAD, Bidang Akuntansi",3000000,600000,0.2000,0,0.0000,0,0.4000,Tidak,0,0,0,0.0000,0,opd-2\r\n' +
        // (500 000 + 600 000) / 4 000 000 = 0.275: below 0.4, whatever the OPDs' own shares average to.
        "Jumlah,4000000,1100000,0.2750,250000,0.0625,1,0.4000,Tidak,2,300000,100000,0.3333,1,\r\n",
    );
  });

  it("leaves the totals' target empty when OPDs follow different policies; English on request", () => {
    const csv = complianceSummaryCsv({ fiscalYear: 2026, opds: [opdLine({}), opdLine({ opdId: "opd-2", targetShare: 0.5 })] }, "en");
    const lines = csv.slice(1).split("\r\n");
    expect(lines[0]!.startsWith("Office,Total spend (IDR),")).toBe(true);
    expect(lines[3]).toBe("Total,0,0,0.0000,0,0.0000,0,,,0,0,0,0.0000,0,");
    expect(lines[1]).toContain(",0.4000,No,");
  });

  it("events: a title that looks like a formula stays text; findings in the request's language", () => {
    const compliance = evaluateEvent([{ category: "konsumsi", amountIdr: 1_000_000, isUmk: false, isLocal: true, source: "declared" }], DEFAULT_NTB_POLICY);
    const event: EventSummaryView = {
      id: "ev-1", opd: { id: "opd-1", name: "Dinas Pariwisata", shortName: "Dispar" }, title: "=1+1", type: "rapat",
      startsAt: "2026-03-02T01:00:00.000Z", endsAt: "2026-03-02T05:00:00.000Z", fiscalYear: 2026, kabupaten: { id: "k", name: "Kota Mataram" },
      attendees: 20, budgetIdr: 2_000_000, status: "closed", closedAt: "2026-03-02T16:30:00.000Z", compliance, amendmentCount: 0,
    };
    const [header, row] = eventsCsv([event], "en").slice(1).split("\r\n");
    expect(header!.split(",").slice(0, 5)).toEqual(["Event", "Office", "Type", "Starts (WITA)", "Ends (WITA)"]);
    expect(row!.startsWith("'=1+1,Dinas Pariwisata,Meeting,2026-03-02 09:00,2026-03-02 13:00,2026-03-02T01:00:00.000Z,2026-03-02T05:00:00.000Z,Kota Mataram,20,2000000,Closed,2026-03-03 00:30,1000000,0,0.0000,1000000,0,0.0000,1000000,0,1,")).toBe(true);
    // Each finding is named in words before its message; the rule's code stays out of the file.
    const finding = `Event catering from local UMK: ${compliance.findings[0]!.message.en}`;
    expect(finding).toContain(",");
    expect(row!.endsWith(`,"${finding.replaceAll('"', '""')}",0,ev-1`)).toBe(true);
    expect(row).not.toContain("EVENT_LOCAL_CONSUMPTION");
  });

  it("events in Bahasa by default: the finding named in Bahasa, status and type labels as the UI shows them", () => {
    const compliance = evaluateEvent([{ category: "konsumsi", amountIdr: 1_000_000, isUmk: false, isLocal: true, source: "declared" }], DEFAULT_NTB_POLICY);
    const event: EventSummaryView = {
      id: "ev-1", opd: { id: "opd-1", name: "Dinas Pariwisata", shortName: "Dispar" }, title: "Rapat koordinasi", type: "rapat",
      startsAt: "2026-03-02T01:00:00.000Z", endsAt: "2026-03-02T05:00:00.000Z", fiscalYear: 2026, kabupaten: { id: "k", name: "Kota Mataram" },
      attendees: 20, budgetIdr: 2_000_000, status: "closed", closedAt: "2026-03-02T16:30:00.000Z", compliance, amendmentCount: 0,
    };
    const [header, row] = eventsCsv([event], "id").slice(1).split("\r\n");
    expect(header!.split(",").slice(0, 3)).toEqual(["Kegiatan", "OPD", "Jenis"]);
    expect(row!.startsWith("Rapat koordinasi,Dinas Pariwisata,Rapat,")).toBe(true);
    expect(row).toContain(",2000000,Ditutup,");
    expect(row).toContain(`Konsumsi kegiatan dari UMK lokal: ${compliance.findings[0]!.message.id}`);
    expect(row).not.toContain("EVENT_LOCAL_CONSUMPTION");
  });

  it("payment clock: the per-OPD table, an empty line, the overdue orders", () => {
    const csv = paymentClockCsv({
      fiscalYear: 2026, maxDaysToPay: 15,
      opds: [{ opdId: "opd-1", name: "Dispar", paidCount: 4, medianDays: 6.5, p90Days: 14, openCount: 1, overdueCount: 1 }, { opdId: "opd-2", name: "BKAD", paidCount: 0, medianDays: null, p90Days: null, openCount: 0, overdueCount: 0 }],
      overdue: [{ orderId: "o-1", orderNumber: "SP/2026/DISPAR/000001", opdName: "Dispar", businessName: "@Toko Rinjani", bastAt: "2026-01-10T02:00:00.000Z", ageDays: 40, outstandingIdr: 750_000 }],
      ageBuckets: [],
    }, "id");
    expect(csv).toBe(
      BOM +
        "OPD,Dibayar (tagihan),Median BAST → bayar (hari),P90 BAST → bayar (hari),Pesanan belum lunas,Terlambat (> 15 hari),ID OPD\r\n" +
        "Dispar,4,6.5,14,1,1,opd-1\r\n" +
        "BKAD,0,,,0,0,opd-2\r\n" +
        "\r\n" +
        "Pesanan terlambat dibayar,OPD,Penjual,BAST (WITA),BAST (UTC),Umur (hari),Tagihan (Rp),ID pesanan\r\n" +
        "SP/2026/DISPAR/000001,Dispar,'@Toko Rinjani,2026-01-10 10:00,2026-01-10T02:00:00.000Z,40,750000,o-1\r\n",
    );
  });
});
