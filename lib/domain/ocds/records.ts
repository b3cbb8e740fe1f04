// What the OCDS builder reads: one purchase request that became orders, with everything that happened to
// it, as plain data (no database types). Sellers are described by the request-line snapshot taken at
// submission, never by the live business row, so the export says what the buyer saw when buying.

export type BusinessScaleId = "mikro" | "kecil" | "menengah" | "besar";

export type OcdsSellerSnapshot = {
  businessId: string;
  nib: string;
  name: string;
  scale: BusinessScaleId;
  /** The seller's kabupaten/kota as snapshotted, and the province it lies in. */
  kabupaten: string;
  provinceName: string;
  /** The business's KBLI (5 digits) on its NIB; the line's item is classified by it too. */
  kbli: string;
};

export type OcdsRequestLineRecord = {
  id: string;
  title: string;
  categorySlug: string;
  categoryName: string;
  /** The product's unit of sale (e.g. "lembar", "botol"). */
  unit: string;
  quantity: number;
  unitPriceIdr: number;
  seller: OcdsSellerSnapshot;
};

export type OcdsOrderLineRecord = {
  id: string;
  requestLineId: string;
  title: string;
  quantity: number;
  unitPriceIdr: number;
  receivedQuantity: number;
};

/** A BAST (Berita Acara Serah Terima). */
export type OcdsReceiptRecord = { id: string; number: string; signedAt: Date; receivedValueIdr: number };

/** The invoice issued for one BAST; paidAt once a payment covered it. */
export type OcdsInvoiceRecord = { id: string; number: string; receiptId: string; issuedAt: Date; amountIdr: number; paidAt: Date | null };

/** Only payments that moved money (succeeded, or succeeded and later refunded in part or whole). */
export type OcdsPaymentRecord = {
  id: string;
  method: "kkpd_card" | "sp2d" | "up";
  status: "succeeded" | "refunded";
  amountIdr: number;
  paidAt: Date;
  refundedAmountIdr: number;
  refundedAt: Date | null;
  updatedAt: Date;
};

export type OcdsOrderStatus = "placed" | "accepted" | "declined" | "shipped" | "received" | "invoiced" | "paid" | "closed" | "cancelled";

/** An order is one chosen UMK seller of the request; its number is the Surat Pesanan number. */
export type OcdsOrderRecord = {
  id: string;
  number: string;
  businessId: string;
  status: OcdsOrderStatus;
  totalIdr: number;
  placedAt: Date;
  acceptedAt: Date | null;
  declinedAt: Date | null;
  shippedAt: Date | null;
  receivedAt: Date | null;
  cancelledAt: Date | null;
  lines: OcdsOrderLineRecord[];
  receipts: OcdsReceiptRecord[];
  invoices: OcdsInvoiceRecord[];
  payments: OcdsPaymentRecord[];
};

export type OcdsRequestRecord = {
  id: string;
  number: string;
  purpose: string;
  status: "draft" | "submitted" | "approved" | "rejected" | "returned" | "ordered" | "cancelled";
  totalIdr: number;
  justificationCode: string | null;
  submittedAt: Date | null;
  decidedAt: Date | null;
  /** The date (WITA, YYYY-MM-DD) by which the buyer needs the goods: the delivery due date. */
  neededBy: string | null;
  /** The kegiatan the purchase serves, when there is one (its report is linked as a document). */
  event: { id: string; title: string } | null;
  /**
   * The OPD with the BPS code of its region (the identifier scheme is per region), the province it belongs to
   * and, for an OPD of a kabupaten/kota, that kabupaten/kota.
   */
  opd: { id: string; regionId: string; code: string; name: string; regionCode: string; provinceName: string; locality: string | null };
  budgetLine: { code: string; name: string; fiscalYear: number };
  lines: OcdsRequestLineRecord[];
  orders: OcdsOrderRecord[];
  /** The latest audit event about the request or its orders: catches changes no column dates. */
  lastAuditAt: Date | null;
};

/** What the builder needs beyond the record: where links point and the policy numbers behind due dates. */
export type OcdsBuildContext = {
  ocidPrefix?: string;
  /** The site's origin (e.g. https://pasarumk.ntbprov.go.id): documents link to pages under it. */
  baseUrl: string;
  /** The region's payment clock: days from BAST to payment (policy paymentClock.maxDaysToPay). */
  maxDaysToPay: number;
  /** Public holidays (YYYY-MM-DD) skipped when counting the approver's working days. */
  holidays: readonly string[];
  /** Working days an approver has before a request is overdue (e-Katalog's 3). */
  approvalWorkingDays?: number;
};
