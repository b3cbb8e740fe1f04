/** Purchase request states (DESIGN.md): draft → submitted → approved | rejected | returned(→ draft); approved → ordered. */
export type PurchaseRequestStatus = "draft" | "submitted" | "approved" | "rejected" | "returned" | "ordered" | "cancelled";

/** Order states: placed → accepted | declined → shipped → received (BAST) → invoiced → paid → closed; cancel before shipped. */
export type OrderStatus = "placed" | "accepted" | "declined" | "shipped" | "received" | "invoiced" | "paid" | "closed" | "cancelled";

export const REQUEST_TRANSITIONS: Readonly<Record<PurchaseRequestStatus, readonly PurchaseRequestStatus[]>> = {
  draft: ["draft", "submitted", "cancelled"],
  submitted: ["approved", "rejected", "returned", "cancelled"],
  returned: ["draft", "submitted", "cancelled"],
  // Approval splits the request into orders in the same transaction, so approved is passed straight through.
  approved: ["ordered", "cancelled"],
  ordered: [],
  rejected: [],
  cancelled: [],
};

export const ORDER_TRANSITIONS: Readonly<Record<OrderStatus, readonly OrderStatus[]>> = {
  placed: ["accepted", "declined", "cancelled"],
  accepted: ["shipped", "cancelled"],
  shipped: ["received"],
  // A partial BAST leaves lines outstanding: a later BAST for the rest keeps the order received.
  // Every BAST issues its invoice in the same transaction, so `received` is passed straight through to
  // `invoiced`; an invoiced order with lines still outstanding is received again (→ invoiced) by a later BAST.
  received: ["received", "invoiced"],
  invoiced: ["received", "paid"],
  // A card refund reopens the invoices: the order is owed again.
  paid: ["closed", "invoiced"],
  declined: [],
  // Closed card orders were disbursed; a refund (chargeback) still reopens them so the books stay true.
  closed: ["invoiced"],
  cancelled: [],
};

export const canTransitionRequest = (from: PurchaseRequestStatus, to: PurchaseRequestStatus) => REQUEST_TRANSITIONS[from].includes(to);

export const canTransitionOrder = (from: OrderStatus, to: OrderStatus) => ORDER_TRANSITIONS[from].includes(to);

/** Statuses whose orders count as spending (committed or later): what shares and the rules add up. */
export const SPENDING_ORDER_STATUSES: readonly OrderStatus[] = ["placed", "accepted", "shipped", "received", "invoiced", "paid", "closed"];

/** Orders still holding reserved stock and committed budget that a decline or cancel gives back. */
export const RELEASABLE_ORDER_STATUSES: readonly OrderStatus[] = ["placed", "accepted"];

/** A buyer can still edit these; everything else is a record. */
export const isEditableRequest = (status: PurchaseRequestStatus) => status === "draft" || status === "returned";

/** Orders that can be rated: goods received (BAST) and later. */
export const isRateableOrder = (status: OrderStatus) => ["received", "invoiced", "paid", "closed"].includes(status);
