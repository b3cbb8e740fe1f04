import { CATEGORY_CLASSIFICATION_SCHEME, DEFAULT_OCID_PREFIX, KBLI_CLASSIFICATION_SCHEME, NIB_IDENTIFIER_SCHEME, opdIdentifierScheme } from "./constants";
import { unspscSegmentOf } from "./unspsc";
import { eventReportDocument, invoiceDocument, suratPesananDocument } from "./documents";
import { bastMilestones, contractMilestones, deliveryDueOf, tenderMilestones } from "./milestones";
import { toPartyScale } from "./party-scale";
import type { OcdsBuildContext, OcdsOrderRecord, OcdsPaymentRecord, OcdsRequestLineRecord, OcdsRequestRecord, OcdsSellerSnapshot } from "./records";
import type {
  OcdsAward, OcdsContract, OcdsImplementation, OcdsItem, OcdsOrganizationReference, OcdsParty, OcdsPartyRole, OcdsRelease, OcdsReleaseTag,
  OcdsTechniques, OcdsTender, OcdsTransaction, OcdsValue,
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
export const compactInstant = (at: Date) => at.toISOString().replace(/[-:.]/g, "");

/** A release's id: the process and the instant of the step it publishes, so the same step keeps its id. */
export const releaseIdOf = (ocid: string, at: Date) => `${ocid}-${compactInstant(at)}`;

const PROCUREMENT_METHOD_DETAILS =
  "E-purchasing katalog elektronik Pasar UMK: pembelian langsung dari penyedia terverifikasi dengan harga katalog, tanpa penawaran; " +
  "penyedia UMK kecuali ada alasan pengecualian / " +
  "Electronic catalogue purchasing (e-purchasing) on Pasar UMK: a direct call-off from verified sellers at the listed price, without bidding; " +
  "micro and small sellers unless an exception is justified (procurementMethodRationale)";

/**
 * Catalogue purchasing, in the techniques extension's words: verified UMK sellers list products and prices on
 * the platform (the standing agreement), and an OPD calls off directly from it without reopening competition.
 */
const TECHNIQUES: OcdsTechniques = {
  hasFrameworkAgreement: true,
  frameworkAgreement: {
    method: "withoutReopeningCompetition",
    buyerCategories: "OPD Pemerintah Provinsi NTB dan kabupaten/kota di NTB / Offices of the NTB provincial and district governments",
    description:
      "Katalog elektronik Pasar UMK: penyedia UMK terverifikasi Diskop UKM menayangkan produk dan harga; OPD memesan langsung / " +
      "Pasar UMK electronic catalogue: sellers verified by the cooperatives office list products and prices; offices order directly",
  },
  hasDynamicPurchasingSystem: false,
  hasElectronicAuction: false,
};

const JUSTIFICATIONS: Record<string, string> = {
  no_umk_supplier: "Tidak ada penyedia UMK / No micro or small supplier available",
  technical_spec: "Spesifikasi teknis / Technical specification",
  emergency: "Keadaan darurat / Emergency",
};

const tenderStatus = (status: OcdsRequestRecord["status"]): OcdsTender["status"] =>
  status === "ordered" ? "complete" : status === "cancelled" || status === "rejected" ? "cancelled" : "active";

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

const iso = (d: Date) => d.toISOString();

const sellerParty = (seller: OcdsSellerSnapshot, roles: OcdsPartyRole[]): OcdsParty => ({
  id: sellerPartyId(seller.nib),
  name: seller.name,
  identifier: { scheme: NIB_IDENTIFIER_SCHEME, id: seller.nib, legalName: seller.name },
  address: { locality: seller.kabupaten, region: seller.provinceName, countryName: "Indonesia" },
  roles,
  details: { scale: toPartyScale(seller.scale) },
});

/**
 * A line as an OCDS item: classified by its UNSPSC segment (lib/domain/ocds/unspsc.ts says why), with the
 * catalogue category and the seller's KBLI beside it, the unit of sale and its price. A category without a
 * segment keeps the catalogue category as its main classification.
 */
const itemOf = (line: OcdsRequestLineRecord, quantity: number, unitPriceIdr: number): OcdsItem => {
  const category = { scheme: CATEGORY_CLASSIFICATION_SCHEME, id: line.categorySlug, description: line.categoryName };
  const kbli = { scheme: KBLI_CLASSIFICATION_SCHEME, id: line.seller.kbli, description: `KBLI penyedia ${line.seller.name} / Seller's business activity (KBLI)` };
  const segment = unspscSegmentOf(line.categorySlug);
  return {
    id: line.id,
    description: line.title,
    classification: segment ?? category,
    additionalClassifications: segment ? [category, kbli] : [kbli],
    quantity,
    unit: { name: line.unit, value: idr(unitPriceIdr) },
  };
};

/**
 * A payment is money from the OPD to the seller on the day it was paid. A refund is money going back: it is
 * published as its own transaction from the seller to the OPD, so the original payment stays as it happened.
 */
const transactionsOf = (payments: OcdsPaymentRecord[], opd: OcdsOrganizationReference, seller: OcdsOrganizationReference): OcdsTransaction[] =>
  payments.flatMap((p) => {
    const paid: OcdsTransaction = { id: p.id, date: iso(p.paidAt), value: idr(p.amountIdr), payer: opd, payee: seller };
    if (p.refundedAmountIdr <= 0) return [paid];
    const refund: OcdsTransaction = { id: `${p.id}-refund`, date: iso(p.refundedAt ?? p.updatedAt), value: idr(p.refundedAmountIdr), payer: seller, payee: opd };
    return [paid, refund];
  });

/** Only the non-empty parts: an implementation with nothing in it is left out, never published as []. */
const implementationOf = (parts: Required<OcdsImplementation>): OcdsImplementation | undefined => {
  const out: OcdsImplementation = {};
  if (parts.milestones.length > 0) out.milestones = parts.milestones;
  if (parts.transactions.length > 0) out.transactions = parts.transactions;
  if (parts.documents.length > 0) out.documents = parts.documents;
  return Object.keys(out).length > 0 ? out : undefined;
};

/**
 * The process as one OCDS release at a given state: the request is the tender (a direct call-off from the
 * catalogue), each order (one chosen UMK seller) an award and a contract (the Surat Pesanan) with its
 * documents and milestones, each BAST a delivery milestone, each payment a transaction. Sellers are parties
 * (supplier) only once an order names them: a cart is not a bid, so nobody is published as a tenderer.
 * `stage` dates the release and names what changed; `request` is the record as it stood then (stages.ts).
 */
export const buildRelease = (request: OcdsRequestRecord, stage: { at: Date; tags: OcdsReleaseTag[] }, context: OcdsBuildContext): OcdsRelease => {
  const ocid = ocidOf(request.number, context.ocidPrefix);
  const opdRef: OcdsOrganizationReference = { id: opdPartyId(request.opd.code), name: request.opd.name };
  const opdRoles = new Set<OcdsPartyRole>(["buyer", "procuringEntity"]);
  const linesById = new Map(request.lines.map((l) => [l.id, l]));

  const sellers = new Map<string, OcdsSellerSnapshot>();
  for (const line of request.lines) if (!sellers.has(line.seller.businessId)) sellers.set(line.seller.businessId, line.seller);
  const sellerRoles = new Map<string, Set<OcdsPartyRole>>();

  const awards: OcdsAward[] = [];
  const contracts: OcdsContract[] = [];
  const deliveryDue = deliveryDueOf(request);
  for (const order of request.orders) {
    const seller = sellers.get(order.businessId);
    if (!seller) throw new RangeError(`Order ${order.number} has no seller snapshot on request ${request.number}`);
    const sellerRef: OcdsOrganizationReference = { id: sellerPartyId(seller.nib), name: seller.name };
    const roles = sellerRoles.get(seller.businessId) ?? new Set<OcdsPartyRole>();
    roles.add("supplier");
    sellerRoles.set(seller.businessId, roles);

    const items = order.lines.map((l) => {
      const line = linesById.get(l.requestLineId);
      if (!line) throw new RangeError(`Order line ${l.id} has no request line on request ${request.number}`);
      return itemOf(line, l.quantity, l.unitPriceIdr);
    });
    awards.push({
      id: order.id,
      title: `Penyedia terpilih / Selected supplier: ${seller.name}`,
      status: awardStatus(order.status),
      date: iso(order.placedAt),
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
    const implementation = implementationOf({
      milestones: bastMilestones(order, context.baseUrl),
      transactions,
      documents: order.invoices.map((i) => invoiceDocument(order, i, context.baseUrl)),
    });
    contracts.push({
      id: order.number,
      awardID: order.id,
      title: `Surat Pesanan ${order.number}`,
      description: `Surat Pesanan kepada ${seller.name} / Purchase order to ${seller.name}`,
      status: contractStatus(order.status),
      value: idr(order.totalIdr),
      dateSigned: iso(order.placedAt),
      // In force from the PPK's signature until the goods are due (the buyer's needed-by day).
      period: { startDate: iso(order.placedAt), ...(deliveryDue && deliveryDue > order.placedAt ? { endDate: iso(deliveryDue) } : {}) },
      items,
      documents: [suratPesananDocument(order, context.baseUrl)],
      milestones: contractMilestones(request, order, context),
      ...(implementation ? { implementation } : {}),
    });
  }

  const parties: OcdsParty[] = [
    {
      id: opdRef.id,
      name: request.opd.name,
      identifier: { scheme: opdIdentifierScheme(request.opd.regionCode), id: request.opd.code, legalName: request.opd.name },
      address: { ...(request.opd.locality ? { locality: request.opd.locality } : {}), region: request.opd.provinceName, countryName: "Indonesia" },
      roles: [...opdRoles],
    },
    ...[...sellers.values()].filter((s) => sellerRoles.has(s.businessId)).map((s) => sellerParty(s, [...sellerRoles.get(s.businessId)!])),
  ];

  const awardPeriod = request.submittedAt
    ? { startDate: iso(request.submittedAt), ...(request.decidedAt ? { endDate: iso(request.decidedAt) } : {}) }
    : null;
  const milestones = tenderMilestones(request, context, stage.at);
  const eventReport = eventReportDocument(request, context.baseUrl, request.submittedAt ?? stage.at);
  const tender: OcdsTender = {
    id: request.number,
    title: request.purpose,
    description: `Permintaan pembelian ${request.number} oleh ${request.opd.name} / Purchase request ${request.number} by ${request.opd.name}`,
    status: tenderStatus(request.status),
    procuringEntity: opdRef,
    items: request.lines.map((l) => itemOf(l, l.quantity, l.unitPriceIdr)),
    value: idr(request.totalIdr),
    procurementMethod: "direct",
    procurementMethodDetails: PROCUREMENT_METHOD_DETAILS,
    ...(request.justificationCode
      ? { procurementMethodRationale: `Pengecualian aturan UMK / UMK rule exception: ${JUSTIFICATIONS[request.justificationCode] ?? request.justificationCode}` }
      : {}),
    mainProcurementCategory: "goods",
    ...(awardPeriod ? { awardPeriod } : {}),
    ...(milestones.length > 0 ? { milestones } : {}),
    ...(eventReport ? { documents: [eventReport] } : {}),
    techniques: TECHNIQUES,
    competitive: false,
    submissionTerms: { electronicCatalogPolicy: "required", electronicSubmissionPolicy: "required" },
  };

  return {
    ocid,
    id: releaseIdOf(ocid, stage.at),
    date: iso(stage.at),
    tag: stage.tags,
    initiationType: "tender",
    language: "id",
    parties,
    buyer: opdRef,
    planning: { budget: { id: request.budgetLine.code, description: `${request.budgetLine.name} (TA ${request.budgetLine.fiscalYear})` } },
    tender,
    ...(awards.length > 0 ? { awards } : {}),
    ...(contracts.length > 0 ? { contracts } : {}),
  };
};
