import { formatIdr } from "@/lib/domain/money/rupiah";
import { dueDate as approvalDueDate } from "@/lib/domain/procurement/working-days";
import { DAY_MS, witaDate, witaMidnight } from "@/lib/domain/time/wita";
import { bastDocument } from "./documents";
import type { OcdsBuildContext, OcdsOrderRecord, OcdsRequestRecord } from "./records";
import type { OcdsMilestone, OcdsMilestoneStatus } from "./release-types";

// Milestones carry the dates analysts measure delays with: when something was due and when it happened.

/** The last instant of a WITA calendar day: a due date "by <day>" (23:59:59 WITA). */
export const endOfWitaDay = (date: string) => new Date(witaMidnight(date).getTime() + DAY_MS - 1000);

const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

const iso = (d: Date) => d.toISOString();

/** The delivery due instant: the end of the buyer's needed-by day, when the request gives one. */
export const deliveryDueOf = (request: OcdsRequestRecord): Date | null => (request.neededBy ? endOfWitaDay(request.neededBy) : null);

/** Request submitted, and the PPK's approval due within the working-day limit (DOMAIN.md: e-Katalog's 3). */
export const tenderMilestones = (request: OcdsRequestRecord, context: OcdsBuildContext, at: Date): OcdsMilestone[] => {
  const milestones: OcdsMilestone[] = [];
  if (request.submittedAt) {
    milestones.push({
      id: "permintaan-diajukan",
      title: "Permintaan pembelian diajukan / Purchase request submitted",
      description: `Permintaan ${request.number} diajukan oleh ASN ${request.opd.name} / Request submitted by a civil servant of the office`,
      type: "approval",
      status: "met",
      dateMet: iso(request.submittedAt),
      dateModified: iso(request.submittedAt),
    });
    const limit = context.approvalWorkingDays ?? 3;
    const due = endOfWitaDay(approvalDueDate(request.submittedAt, context.holidays, limit));
    const decided = request.decidedAt;
    const refused = !decided && (request.status === "rejected" || request.status === "cancelled");
    milestones.push({
      id: "persetujuan-ppk",
      title: "Persetujuan PPK / Approval by the commitment officer (PPK)",
      description: `Batas persetujuan ${limit} hari kerja setelah pengajuan / Due within ${limit} working days after submission`,
      type: "approval",
      status: decided ? "met" : refused ? "notMet" : "scheduled",
      dueDate: iso(due),
      ...(decided ? { dateMet: iso(decided) } : {}),
      dateModified: iso(decided ?? request.submittedAt ?? at),
    });
  }
  return milestones;
};

const ended = (order: OcdsOrderRecord) => order.status === "declined" || order.status === "cancelled";

/**
 * The Surat Pesanan's own milestones: the seller accepts it, ships, delivers in full by the needed-by date, and
 * is paid within the payment clock after the last BAST.
 */
export const contractMilestones = (request: OcdsRequestRecord, order: OcdsOrderRecord, context: OcdsBuildContext): OcdsMilestone[] => {
  const deliveryDue = deliveryDueOf(request);
  const due = deliveryDue ? { dueDate: iso(deliveryDue) } : {};
  const step = (id: string, title: string, description: string, type: OcdsMilestone["type"], metAt: Date | null, extra: Partial<OcdsMilestone> = {}) => {
    const status: OcdsMilestoneStatus = metAt ? "met" : ended(order) ? "notMet" : "scheduled";
    return {
      id: `${order.number}/${id}`,
      title,
      description,
      type,
      status,
      ...(metAt ? { dateMet: iso(metAt) } : {}),
      dateModified: iso(metAt ?? order.cancelledAt ?? order.declinedAt ?? order.placedAt),
      ...extra,
    } satisfies OcdsMilestone;
  };

  const milestones: OcdsMilestone[] = [
    step("penerimaan", "Surat Pesanan diterima penyedia / Purchase order accepted by the seller", "Penyedia menerima pesanan / The seller accepts the order", "approval", order.acceptedAt),
    step("pengiriman", "Barang dikirim / Goods shipped", "Penyedia mengirim barang / The seller ships the goods", "delivery", order.shippedAt, due),
  ];

  const lastBast = order.receipts.at(-1) ?? null;
  const delivery = step("serah-terima", "Barang diterima lengkap / Goods received in full", "Semua barang diterima dengan BAST / Every line received under a BAST", "delivery", order.receivedAt, due);
  if (!order.receivedAt && lastBast) {
    delivery.status = order.status === "closed" ? "notMet" : "partiallyMet";
    delivery.dateModified = iso(lastBast.signedAt);
  }
  milestones.push(delivery);

  if (lastBast) {
    const paymentDue = endOfWitaDay(addDays(witaDate(lastBast.signedAt), context.maxDaysToPay));
    const paidDates = order.invoices.map((i) => i.paidAt);
    const allPaid = paidDates.length > 0 && paidDates.every((d) => d !== null);
    const somePaid = paidDates.some((d) => d !== null);
    const lastPaid = paidDates.filter((d): d is Date => d !== null).sort((a, b) => a.getTime() - b.getTime()).at(-1) ?? null;
    milestones.push({
      id: `${order.number}/pembayaran`,
      title: "Pembayaran kepada penyedia / Payment to the seller",
      description: `Dibayar paling lambat ${context.maxDaysToPay} hari setelah BAST terakhir / Due within ${context.maxDaysToPay} days of the last BAST`,
      type: "financing",
      status: allPaid ? "met" : somePaid ? "partiallyMet" : "scheduled",
      dueDate: iso(paymentDue),
      ...(allPaid && lastPaid ? { dateMet: iso(lastPaid) } : {}),
      dateModified: iso(lastPaid ?? lastBast.signedAt),
    });
  }
  return milestones;
};

/** One met delivery milestone per BAST, with the BAST linked. */
export const bastMilestones = (order: OcdsOrderRecord, baseUrl: string): OcdsMilestone[] =>
  order.receipts.map((r) => ({
    id: r.number,
    title: `BAST ${r.number}`,
    description: `Berita Acara Serah Terima: barang diterima senilai ${formatIdr(r.receivedValueIdr)} / Goods received worth IDR ${r.receivedValueIdr}`,
    type: "delivery",
    status: "met",
    dateMet: iso(r.signedAt),
    dateModified: iso(r.signedAt),
    documents: [bastDocument(order, r, baseUrl)],
  }));
