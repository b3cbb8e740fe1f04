// What the OCDS builder reads: one purchase request that became orders, with everything that happened to
// it, as plain data (no database types). Sellers are described by the request-line snapshot taken at
// submission, never by the live business row, so the export says what the buyer saw when buying.

export type BusinessScaleId = "mikro" | "kecil" | "menengah" | "besar";

export type OcdsSellerSnapshot = {
  businessId: string;
  nib: string;
  name: string;
  scale: BusinessScaleId;
  kabupaten: string;
};

export type OcdsRequestLineRecord = {
  id: string;
  title: string;
  categorySlug: string;
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
  /** When the PPK cancelled it (from the audit trail; the orders table keeps no cancel time). */
  cancelledAt: Date | null;
  lines: OcdsOrderLineRecord[];
  receipts: OcdsReceiptRecord[];
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
  opd: { id: string; code: string; name: string; regionName: string };
  budgetLine: { code: string; name: string; fiscalYear: number };
  lines: OcdsRequestLineRecord[];
  orders: OcdsOrderRecord[];
  /** The latest audit event about the request or its orders: catches changes no column dates. */
  lastAuditAt: Date | null;
};
