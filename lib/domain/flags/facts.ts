// What the set-based queries hand the pure rules: one row type per source, already scoped to a region and year.

export type PriceHistogramRow = { categorySlug: string; unitPriceIdr: number; lines: number };

export type PricedLine = {
  orderLineId: string;
  orderId: string;
  orderNumber: string;
  requestId: string;
  requestNumber: string;
  opdId: string;
  placedAt: Date;
  title: string;
  categorySlug: string;
  unitPriceIdr: number;
  quantity: number;
};

export type SplitFindingRow = {
  requestId: string;
  requestNumber: string;
  opdId: string;
  buyerId: string;
  buyerName: string;
  submittedAt: Date;
  groupBy: string;
  groupKey: string;
  combinedIdr: number;
  boundaryIdr: number;
  windowDays: number;
};

export type SellerSpendRow = { opdId: string; businessId: string; businessName: string; spendIdr: number; orders: number; lastOrderAt: Date };

export type JustifiedRequest = {
  requestId: string;
  requestNumber: string;
  opdId: string;
  buyerId: string;
  buyerName: string;
  submittedAt: Date;
  code: string;
  text: string;
};

export type ApprovalTiming = {
  requestId: string;
  requestNumber: string;
  opdId: string;
  buyerId: string;
  buyerName: string;
  submittedAt: Date;
  /** Null while the request still waits for the approver. */
  decidedAt: Date | null;
};

export type InvoiceTiming = {
  invoiceId: string;
  invoiceNumber: string;
  orderId: string;
  orderNumber: string;
  receiptId: string;
  receiptNumber: string;
  opdId: string;
  businessName: string;
  amountIdr: number;
  /** The BAST's time: the payment clock starts here. */
  issuedAt: Date;
  /** Null while unpaid. */
  paidAt: Date | null;
};

export type ShippedOrder = { orderId: string; orderNumber: string; opdId: string; businessName: string; totalIdr: number; shippedAt: Date };

export type SignedReceipt = { receiptId: string; receiptNumber: string; orderId: string; orderNumber: string; opdId: string; signedAt: Date };

export type RedFlagFacts = {
  priceHistogram: PriceHistogramRow[];
  pricedLines: PricedLine[];
  splitFindings: SplitFindingRow[];
  sellerSpend: SellerSpendRow[];
  justifiedRequests: JustifiedRequest[];
  approvals: ApprovalTiming[];
  invoices: InvoiceTiming[];
  shippedOrders: ShippedOrder[];
  receipts: SignedReceipt[];
};

/** What every rule needs besides its rows: the year, the clock and the region's holidays (WITA day numbers, holidayDayNumbers). */
export type FlagContext = { fiscalYear: number; now: Date; holidays: ReadonlySet<number> };
