import { formatIdr } from "@/lib/domain/money/rupiah";
import type { RedFlag } from "./types";

const pct = (share: unknown) => `${(Math.round(Number(share) * 1000) / 10).toLocaleString("id-ID")} %`;
const idr = (v: unknown) => formatIdr(Number(v));
const str = (v: unknown) => String(v ?? "");

/** One sentence per flag, in Bahasa Indonesia and English, from its params (the API and the page show it). */
export const describeFlag = (flag: Pick<RedFlag, "kind" | "params">): { id: string; en: string } => {
  const p = flag.params;
  switch (flag.kind) {
    case "price_above_median":
      return {
        id: `Harga satuan ${str(p.title)} ${idr(p.unitPriceIdr)} = ${str(p.ratio)}× median kategori ${str(p.category)} (${idr(p.medianIdr)} dari ${str(p.categoryLines)} baris); batas ${str(p.limitRatio)}×.`,
        en: `Unit price of ${str(p.title)} ${idr(p.unitPriceIdr)} is ${str(p.ratio)}× the ${str(p.category)} category median (${idr(p.medianIdr)} over ${str(p.categoryLines)} lines); limit ${str(p.limitRatio)}×.`,
      };
    case "price_above_reference":
      return {
        id: `Harga satuan ${str(p.title)} ${idr(p.unitPriceIdr)} = ${str(p.ratio)}× harga acuan kategori ${str(p.category)} (${idr(p.referenceIdr)}); batas ${str(p.limitRatio)}×.`,
        en: `Unit price of ${str(p.title)} ${idr(p.unitPriceIdr)} is ${str(p.ratio)}× the ${str(p.category)} reference price (${idr(p.referenceIdr)}); limit ${str(p.limitRatio)}×.`,
      };
    case "split_package":
      return {
        id: `Dugaan pemecahan paket: dalam ${str(p.windowDays)} hari belanja ke ${p.groupBy === "seller" ? "penjual" : "kategori"} yang sama menjadi ${idr(p.combinedIdr)}, melewati batas ${idr(p.boundaryIdr)}.`,
        en: `Possible package splitting: within ${str(p.windowDays)} days spending with the same ${p.groupBy === "seller" ? "seller" : "category"} reached ${idr(p.combinedIdr)}, past the ${idr(p.boundaryIdr)} band.`,
      };
    case "spend_concentration":
      return {
        id: `Belanja terpusat: HHI ${str(p.hhi)} (batas ${str(p.maxHhi)}), penjual terbesar ${str(p.topSeller)} ${pct(p.topShare)} (batas ${pct(p.maxTopShare)}) dari ${idr(p.totalIdr)} pada ${str(p.sellers)} penjual.`,
        en: `Concentrated spend: HHI ${str(p.hhi)} (limit ${str(p.maxHhi)}), top seller ${str(p.topSeller)} ${pct(p.topShare)} (limit ${pct(p.maxTopShare)}) of ${idr(p.totalIdr)} across ${str(p.sellers)} sellers.`,
      };
    case "repeated_exceptions":
      return {
        id: `${str(p.buyer)} mengajukan ${str(p.count)} pengecualian (berjustifikasi) tahun ini; batas ${str(p.limit)}. Alasan: ${str(p.codes)}.`,
        en: `${str(p.buyer)} asked for ${str(p.count)} exceptions (with a justification) this year; limit ${str(p.limit)}. Codes: ${str(p.codes)}.`,
      };
    case "reused_justification":
      return {
        id: `Teks justifikasi yang sama persis dipakai pada ${str(p.count)} permintaan oleh ${str(p.buyers)} pembeli: “${str(p.text)}”.`,
        en: `The same justification text, word for word, on ${str(p.count)} requests by ${str(p.buyers)} buyers: “${str(p.text)}”.`,
      };
    case "approval_delay":
      return p.pending
        ? { id: `Menunggu persetujuan PPK ${str(p.workingDays)} hari kerja; batas ${str(p.limit)}.`, en: `Waiting for the approver for ${str(p.workingDays)} working days; limit ${str(p.limit)}.` }
        : { id: `PPK memutuskan setelah ${str(p.workingDays)} hari kerja; batas ${str(p.limit)}.`, en: `The approver decided after ${str(p.workingDays)} working days; limit ${str(p.limit)}.` };
    case "payment_delay":
      return {
        id: `Dibayar ${str(p.days)} hari setelah BAST (batas ${str(p.limit)} hari): ${idr(p.amountIdr)} kepada ${str(p.seller)}.`,
        en: `Paid ${str(p.days)} days after the BAST (limit ${str(p.limit)} days): ${idr(p.amountIdr)} to ${str(p.seller)}.`,
      };
    case "bast_unpaid":
      return {
        id: `BAST belum dibayar selama ${str(p.days)} hari (batas ${str(p.limit)} hari): ${idr(p.amountIdr)} kepada ${str(p.seller)}.`,
        en: `BAST unpaid for ${str(p.days)} days (limit ${str(p.limit)} days): ${idr(p.amountIdr)} owed to ${str(p.seller)}.`,
      };
    case "shipped_without_bast":
      return {
        id: `Dikirim ${str(p.days)} hari lalu tanpa BAST (batas ${str(p.limit)} hari): ${idr(p.amountIdr)} dari ${str(p.seller)}.`,
        en: `Shipped ${str(p.days)} days ago without a BAST (limit ${str(p.limit)} days): ${idr(p.amountIdr)} from ${str(p.seller)}.`,
      };
    case "outside_working_hours":
      return p.decision === "bast"
        ? { id: `BAST ditandatangani di luar jam kerja: ${str(p.wita)} WITA (jam kerja ${str(p.startHour)}.00–${str(p.endHour)}.00, hari kerja).`, en: `BAST signed outside working hours: ${str(p.wita)} WITA (working hours ${str(p.startHour)}:00–${str(p.endHour)}:00 on working days).` }
        : { id: `Persetujuan diputuskan di luar jam kerja: ${str(p.wita)} WITA (jam kerja ${str(p.startHour)}.00–${str(p.endHour)}.00, hari kerja).`, en: `Approval decided outside working hours: ${str(p.wita)} WITA (working hours ${str(p.startHour)}:00–${str(p.endHour)}:00 on working days).` };
  }
};
