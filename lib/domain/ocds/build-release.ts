import { formatIdr } from "@/lib/domain/money/rupiah";
import { DEFAULT_OCID_PREFIX, NIB_IDENTIFIER_SCHEME } from "./constants";
import { toPartyScale } from "./party-scale";
import type { OcdsOrderRecord, OcdsPaymentRecord, OcdsRequestRecord, OcdsSellerSnapshot } from "./records";
import type {
  OcdsAward, OcdsContract, OcdsItem, OcdsMilestone, OcdsOrganizationReference, OcdsParty, OcdsPartyRole, OcdsRelease,
  OcdsReleaseTag, OcdsTender, OcdsTransaction, OcdsValue,
} from "./release-types";

/** OCDS money is a plain number in the currency's unit: Rp 150.000 → { amount: 150000, currency: "IDR" }. */
export const idr = (amountIdr: number): OcdsValue => {
  if (!Number.isSafeInteger(amountIdr)) throw new RangeError(`Not a whole-rupiah amount: ${amountIdr}`);
  return { amount: amountIdr, currency: "IDR" };
};

export const ocidOf = (requestNumber: string, prefix: string = DEFAULT_OCID_PREFIX) => `${prefix}-${requestNumber}`;

export const opdPartyId = (opdCode: string) => `opd-${opdCode}`;
export const sellerPartyId = (nib: string) => `nib-${nib}`;

/** "2026-11-27T22:51:36.123Z" → "20261127T225136123Z": a release-id suffix free of ':' and '.'. */
const compactInstant = (at: Date) => at.toISOString().replace(/[-:.]/g, "");

const PROCUREMENT_METHOD_DETAILS =
  "Pengadaan langsung (e-purchasing) dari UMK melalui Pasar UMK / Direct procurement (e-purchasing) from micro and small enterprises through Pasar UMK";

const JUSTIFICATIONS: Record<string, string> = {
  no_umk_supplier: "Tidak ada penyedia UMK / No micro or small supplier available",
  technical_spec: "Spesifikasi teknis / Technical specification",
  emergency: "Keadaan darurat / Emergency",
};

const tenderStatus = (status: OcdsRequestRecord["status"]): OcdsTender["status"] =>
  status === "ordered" ? "complete" : status === "cancelled" ? "cancelled" : "active";

/** A seller that declined never took the award; a PPK cancellation withdraws one that was made. */
const awardStatus = (status: OcdsOrderRecord["status"]): OcdsAward["status"] =>
  status === "declined" ? "unsuccessful" : status === "cancelled" ? "cancelled" : "active";

/**
 * The Surat Pesanan is signed by the PPK when the order is placed and is in force once the seller accepts;
 * a closed order is a contract that has run its course ("terminated" in OCDS 1.1).
 */
const contractStatus = (status: OcdsOrderRecord["status"]): OcdsContract["status"] => {
  switch (status) {
    case "placed":
      return "pending";
    case "declined":
    case "cancelled":
      return "cancelled";
    case "closed":
      return "terminated";
    default:
      return "active";
  }
};

/** Every instant the record knows; the latest one dates the release and makes its id unique. */
const lastChangeOf = (request: OcdsRequestRecord): Date => {
  const instants: Array<Date | null> = [request.submittedAt, request.decidedAt, request.lastAuditAt];
  for (const order of request.orders) {
    instants.push(order.placedAt, order.acceptedAt, order.declinedAt, order.shippedAt, order.receivedAt, order.cancelledAt);
    for (const receipt of order.receipts) instants.push(receipt.signedAt);
    for (const payment of order.payments) instants.push(payment.paidAt, payment.refundedAt, payment.updatedAt);
  }
  const times = instants.filter((d): d is Date => d !== null).map((d) => d.getTime());
  if (times.length === 0) throw new RangeError(`Request ${request.number} has no dated event to publish`);
  return new Date(Math.max(...times));
};

const sellerParty = (seller: OcdsSellerSnapshot, roles: OcdsPartyRole[]): OcdsParty => ({
  id: sellerPartyId(seller.nib),
  name: seller.name,
  identifier: { scheme: NIB_IDENTIFIER_SCHEME, id: seller.nib, legalName: seller.name },
  address: { locality: seller.kabupaten, countryName: "Indonesia" },
  roles,
  details: { scale: toPartyScale(seller.scale) },
});

const milestonesOf = (order: OcdsOrderRecord): OcdsMilestone[] =>
  order.receipts.map((r) => ({
    id: r.number,
    title: `BAST ${r.number}`,
    description: `Berita Acara Serah Terima: barang diterima senilai ${formatIdr(r.receivedValueIdr)} / Goods received worth IDR ${r.receivedValueIdr}`,
    type: "delivery",
    status: "met",
    dateMet: r.signedAt.toISOString(),
    dateModified: r.signedAt.toISOString(),
  }));

/**
 * A payment is money from the OPD to the seller on the day it was paid. A refund is money going back: it is
 * published as its own transaction from the seller to the OPD, so the original payment stays as it happened.
 */
const transactionsOf = (payments: OcdsPaymentRecord[], opd: OcdsOrganizationReference, seller: OcdsOrganizationReference): OcdsTransaction[] =>
  payments.flatMap((p) => {
    const paid: OcdsTransaction = { id: p.id, date: p.paidAt.toISOString(), value: idr(p.amountIdr), payer: opd, payee: seller };
    if (p.refundedAmountIdr <= 0) return [paid];
    const refund: OcdsTransaction = {
      id: `${p.id}-refund`,
      date: (p.refundedAt ?? p.updatedAt).toISOString(),
      value: idr(p.refundedAmountIdr),
      payer: seller,
      payee: opd,
    };
    return [paid, refund];
  });

const tagsOf = (awards: OcdsAward[], contracts: OcdsContract[]): OcdsReleaseTag[] => {
  const tags: OcdsReleaseTag[] = ["tender"];
  if (awards.length > 0) tags.push("award");
  if (awards.length > 0 && awards.every((a) => a.status !== "active")) tags.push("awardCancellation");
  if (contracts.length > 0) tags.push("contract");
  if (contracts.some((c) => c.implementation.milestones.length > 0 || c.implementation.transactions.length > 0)) tags.push("implementation");
  const live = contracts.filter((c) => c.status !== "cancelled");
  if (live.length > 0 && live.every((c) => c.status === "terminated")) tags.push("contractTermination");
  return tags;
};

/**
 * One OCDS release per purchase request, describing its current state: the request is the tender (direct
 * procurement), each order (one chosen UMK seller) is an award and a contract (the Surat Pesanan), each BAST
 * a delivery milestone, each payment a transaction. Parties carry the roles they are referenced in.
 */
export const buildRelease = (request: OcdsRequestRecord, options: { ocidPrefix?: string } = {}): OcdsRelease => {
  const ocid = ocidOf(request.number, options.ocidPrefix);
  const lastChange = lastChangeOf(request);
  const opdRef: OcdsOrganizationReference = { id: opdPartyId(request.opd.code), name: request.opd.name };
  const opdRoles = new Set<OcdsPartyRole>(["buyer", "procuringEntity"]);

  const sellers = new Map<string, OcdsSellerSnapshot>();
  for (const line of request.lines) if (!sellers.has(line.seller.businessId)) sellers.set(line.seller.businessId, line.seller);
  const sellerRoles = new Map<string, Set<OcdsPartyRole>>([...sellers.keys()].map((id) => [id, new Set<OcdsPartyRole>(["tenderer"])]));
  const refOf = (seller: OcdsSellerSnapshot): OcdsOrganizationReference => ({ id: sellerPartyId(seller.nib), name: seller.name });

  const itemOf = (l: { requestLineId?: string; id: string; title: string; quantity: number; unitPriceIdr: number }): OcdsItem => ({
    id: l.requestLineId ?? l.id,
    description: l.title,
    quantity: l.quantity,
    unit: { value: idr(l.unitPriceIdr) },
  });

  const awards: OcdsAward[] = [];
  const contracts: OcdsContract[] = [];
  for (const order of request.orders) {
    const seller = sellers.get(order.businessId);
    if (!seller) throw new RangeError(`Order ${order.number} has no seller snapshot on request ${request.number}`);
    const sellerRef = refOf(seller);
    const roles = sellerRoles.get(seller.businessId) ?? new Set<OcdsPartyRole>();
    roles.add("supplier");
    sellerRoles.set(seller.businessId, roles);

    const items = order.lines.map(itemOf);
    awards.push({
      id: order.id,
      title: `Penyedia terpilih / Selected supplier: ${seller.name}`,
      status: awardStatus(order.status),
      date: order.placedAt.toISOString(),
      value: idr(order.totalIdr),
      suppliers: [sellerRef],
      items,
    });
    const transactions = transactionsOf(order.payments, opdRef, sellerRef);
    for (const t of transactions) {
      if (t.payer.id === opdRef.id) {
        opdRoles.add("payer");
        roles.add("payee");
      } else {
        roles.add("payer");
        opdRoles.add("payee");
      }
    }
    contracts.push({
      id: order.number,
      awardID: order.id,
      title: `Surat Pesanan ${order.number}`,
      description: `Surat Pesanan kepada ${seller.name} / Purchase order to ${seller.name}`,
      status: contractStatus(order.status),
      value: idr(order.totalIdr),
      dateSigned: order.placedAt.toISOString(),
      items,
      implementation: { milestones: milestonesOf(order), transactions },
    });
  }

  const parties: OcdsParty[] = [
    {
      id: opdRef.id,
      name: request.opd.name,
      identifier: { id: request.opd.code, legalName: request.opd.name },
      address: { region: request.opd.regionName, countryName: "Indonesia" },
      roles: [...opdRoles],
    },
    ...[...sellers.values()].map((s) => sellerParty(s, [...(sellerRoles.get(s.businessId) ?? [])])),
  ];

  const tender: OcdsTender = {
    id: request.number,
    title: request.purpose,
    description: `Permintaan pembelian ${request.number} oleh ${request.opd.name} / Purchase request ${request.number} by ${request.opd.name}`,
    status: tenderStatus(request.status),
    procuringEntity: opdRef,
    items: request.lines.map(itemOf),
    value: idr(request.totalIdr),
    procurementMethod: "direct",
    procurementMethodDetails: PROCUREMENT_METHOD_DETAILS,
    ...(request.justificationCode
      ? { procurementMethodRationale: `Pengecualian aturan UMK / UMK rule exception: ${JUSTIFICATIONS[request.justificationCode] ?? request.justificationCode}` }
      : {}),
    mainProcurementCategory: "goods",
    tenderers: [...sellers.values()].map(refOf),
    numberOfTenderers: sellers.size,
  };

  return {
    ocid,
    id: `${ocid}-${compactInstant(lastChange)}`,
    date: lastChange.toISOString(),
    tag: tagsOf(awards, contracts),
    initiationType: "tender",
    language: "id",
    parties,
    buyer: opdRef,
    planning: { budget: { id: request.budgetLine.code, description: `${request.budgetLine.name} (TA ${request.budgetLine.fiscalYear})` } },
    tender,
    awards,
    contracts,
  };
};
