import type { DbOrTx } from "@/db/client";
import { findBusinessContext, findOrderContext, findRequestContext, type OrderContext, type RequestContext } from "@/db/queries/notification-context";
import type { NotificationParams } from "@/lib/domain/notifications/templates";
import { notify, planNotification, writeNotification, type NotificationPlan, type NotifyInput } from "./notify";

// What services call, in their own transaction, after the change and its audit event: one line per state change.

type SellerOrderKind = "order.placed" | "order.cancelled" | "order.received" | "order.paid" | "order.disbursed" | "order.rated";
type BuyerOrderKind = "order.accepted" | "order.declined" | "order.shipped";
type OrderKind = SellerOrderKind | BuyerOrderKind | "invoice.awaiting_payment";
type RequestKind = "request.submitted" | "request.approved" | "request.rejected" | "request.returned";

const SELLER_ORDER_KINDS: readonly OrderKind[] = ["order.placed", "order.cancelled", "order.received", "order.paid", "order.disbursed", "order.rated"];

export type TellOptions = {
  at: Date;
  /** The person who caused it is not told. */
  actorId?: string;
  /** Extra text the message shows (reason, amount, invoice number, stars). */
  params?: NotificationParams;
  /** Distinguishes repeatable changes of one record (each BAST, each payment) in the dedupe key. */
  occurrence?: string;
  /** The recipients, resolved earlier in the same transaction by planOrderTell / planRequestTell for this change. */
  planned?: NotificationPlan;
};

/** notify(), or only its writes when the reads were done ahead for the same kind. */
const notifyPlanned = (tx: DbOrTx, input: NotifyInput, planned: NotificationPlan | undefined) =>
  planned && planned.kind === input.kind ? writeNotification(tx, planned, input) : notify(tx, input);

const orderRecipients = (kind: OrderKind, order: Pick<OrderContext, "opdId" | "businessId" | "buyerId">) =>
  kind === "invoice.awaiting_payment"
    ? { role: "treasurer" as const, opdId: order.opdId }
    : SELLER_ORDER_KINDS.includes(kind)
      ? { role: "seller" as const, businessId: order.businessId }
      : { userIds: [order.buyerId] };

const requestRecipients = (kind: RequestKind, request: Pick<RequestContext, "opdId" | "buyerId">) =>
  kind === "request.submitted" ? { role: "approver" as const, opdId: request.opdId } : { userIds: [request.buyerId] };

/**
 * The reads of tellOrder (who is told, how) for an order not written yet, so a service can do them before it takes
 * locks others wait for and pass the result as `planned`.
 */
export const planOrderTell = (tx: DbOrTx, kind: OrderKind, order: Pick<OrderContext, "opdId" | "businessId" | "buyerId">, actorId?: string) =>
  planNotification(tx, { kind, to: orderRecipients(kind, order), exceptUserId: actorId });

/** As planOrderTell, for tellRequest. */
export const planRequestTell = (tx: DbOrTx, kind: RequestKind, request: Pick<RequestContext, "opdId" | "buyerId">, actorId?: string) =>
  planNotification(tx, { kind, to: requestRecipients(kind, request), exceptUserId: actorId });

const dedupe = (kind: string, id: string, occurrence?: string) => (occurrence ? `${kind}:${id}:${occurrence}` : `${kind}:${id}`);

/**
 * An order's change, told to whoever acts next: the seller (new Surat Pesanan, cancelled, BAST, paid, paid out,
 * rated), the buyer who asked for it (accepted, declined, shipped), or the OPD's treasurers (an invoice to pay).
 * A caller that holds the order's context already (it just wrote the order) passes it instead of the id.
 */
export const tellOrder = async (tx: DbOrTx, kind: OrderKind, orderOrId: string | OrderContext, options: TellOptions) => {
  const order = typeof orderOrId === "string" ? await findOrderContext(tx, orderOrId) : orderOrId;
  if (!order) return 0;
  const params = { orderNumber: order.number, opdName: order.opdName, businessName: order.businessName, ...options.params };
  const link =
    kind === "invoice.awaiting_payment" ? `/bendahara/${order.id}` : SELLER_ORDER_KINDS.includes(kind) ? `/penjual/pesanan#order-${order.id}` : `/pesanan/${order.id}`;
  return notifyPlanned(
    tx,
    { kind, to: orderRecipients(kind, order), link, params, dedupeKey: dedupe(kind, order.id, options.occurrence), at: options.at, exceptUserId: options.actorId },
    options.planned,
  );
};

/**
 * A purchase request's change: a new one goes to the OPD's PPK; a decision goes back to the buyer who asked. A
 * caller that holds the request's context already passes it instead of the id.
 */
export const tellRequest = async (
  tx: DbOrTx,
  kind: RequestKind,
  requestOrId: string | RequestContext,
  options: TellOptions,
) => {
  const request = typeof requestOrId === "string" ? await findRequestContext(tx, requestOrId) : requestOrId;
  if (!request) return 0;
  const params = { requestNumber: request.number, opdName: request.opdName, buyerName: request.buyerName, totalIdr: request.totalIdr, ...options.params };
  const link = kind === "request.submitted" ? `/persetujuan#request-${request.id}` : `/permintaan/${request.id}`;
  // A returned request can be submitted and decided again: each round is its own notification.
  return notifyPlanned(
    tx,
    { kind, to: requestRecipients(kind, request), link, params, dedupeKey: dedupe(kind, request.id, options.occurrence ?? String(options.at.getTime())), at: options.at, exceptUserId: options.actorId },
    options.planned,
  );
};

/** A business's verification: the decision goes to its sellers; an application waiting goes to the region's admins. */
export const tellBusiness = async (
  tx: DbOrTx,
  kind: "business.verified" | "business.rejected" | "business.suspended" | "business.awaiting_verification",
  businessId: string,
  options: TellOptions,
) => {
  const business = await findBusinessContext(tx, businessId);
  if (!business) return 0;
  const target =
    kind === "business.awaiting_verification"
      ? { to: { role: "admin" as const, regionId: business.provinceId }, link: "/admin" }
      : { to: { role: "seller" as const, businessId: business.id }, link: "/penjual" };
  return notify(tx, {
    kind,
    ...target,
    params: { businessName: business.name, ...options.params },
    dedupeKey: dedupe(kind, business.id, options.occurrence ?? String(options.at.getTime())),
    at: options.at,
    exceptUserId: options.actorId,
  });
};
