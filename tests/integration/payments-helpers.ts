import { sql } from "drizzle-orm";
import Stripe from "stripe";
import type { Database } from "@/db/client";
import type { Viewer } from "@/lib/domain/auth/roles";
import { acceptOrder } from "@/lib/services/procurement/accept-order";
import { approvePurchaseRequest } from "@/lib/services/procurement/approve-purchase-request";
import { getOrder } from "@/lib/services/procurement/get-order";
import { receiveOrder } from "@/lib/services/procurement/receive-order";
import { shipOrder } from "@/lib/services/procurement/ship-order";
import { submitPurchaseRequest } from "@/lib/services/procurement/submit-purchase-request";
import { testStack } from "../setup/stack";
import { JUSTIFICATION, newBudgetLine, setStock, umkProducts, viewerOf } from "./procurement-helpers";

// Shared by the payments-* integration tests: orders brought to their BAST, and signed Stripe events.

type Rows<T> = T[];
const rows = async <T>(db: Database, query: ReturnType<typeof sql>) => (await db.execute(query)) as unknown as Rows<T>;

/** Return addresses for card checkouts in tests (Stripe never calls them here). */
export const CHECKOUT_URLS = { appOrigin: "https://pasar.test", successUrl: "https://pasar.test/bendahara/x/kartu?session_id={CHECKOUT_SESSION_ID}", cancelUrl: "https://pasar.test/bendahara/x?kartu=batal" };

export const sellerOf = async (db: Database, businessId: string): Promise<Viewer> => {
  const [existing] = await rows<{ email: string }>(db, sql`SELECT u.email FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.role = 'seller' AND m.business_id = ${businessId} LIMIT 1`);
  if (existing) return viewerOf(db, existing.email);
  const email = `penjual.${businessId.slice(0, 8)}@uji.test`;
  const [user] = await rows<{ id: string }>(db, sql`INSERT INTO users (email, name) VALUES (${email}, 'Penjual Uji') RETURNING id`);
  await db.execute(sql`INSERT INTO memberships (user_id, role, region_id, business_id) VALUES (${user!.id}, 'seller', (SELECT id FROM regions WHERE code = '52'), ${businessId})`);
  return viewerOf(db, email);
};

let productCursor = 0;

/**
 * An approved, accepted and shipped order of one product at `unitPriceIdr` (set on the product first), on a
 * fresh budget line of the OPD; received (BAST → invoice) unless `receive` says otherwise.
 */
export const orderAtBast = async (
  db: Database,
  parties: { buyer: Viewer; approver: Viewer; opdId: string },
  options: { unitPriceIdr?: number; quantity?: number; receive?: "all" | "none" | number; ceilingIdr?: number } = {},
) => {
  const products = await umkProducts(db, 40);
  const product = products[productCursor++ % products.length]!;
  const unitPriceIdr = options.unitPriceIdr ?? 150_000;
  await db.execute(sql`UPDATE products SET price_idr = ${unitPriceIdr} WHERE id = ${product.id}`);
  await setStock(db, product.id, 1_000);
  const line = await newBudgetLine(db, parties.opdId, options.ceilingIdr ?? 500_000_000);
  const quantity = options.quantity ?? 1;
  const request = await submitPurchaseRequest(parties.buyer, {
    budgetLineId: line.id, purpose: "Uji pembayaran", lines: [{ productId: product.id, quantity }], justification: JUSTIFICATION,
  });
  const { orders } = await approvePurchaseRequest(parties.approver, request.id);
  const orderId = orders[0]!.id;
  const seller = await sellerOf(db, product.businessId);
  await acceptOrder(seller, orderId);
  await shipOrder(seller, orderId, {});
  const receive = options.receive ?? "all";
  if (receive === "all") await receiveOrder(parties.buyer, orderId);
  else if (typeof receive === "number") {
    const order = await getOrder(parties.buyer, orderId);
    await receiveOrder(parties.buyer, orderId, { lines: [{ orderLineId: order.lines[0]!.id, quantity: receive }] });
  }
  return { orderId, product, seller, budgetLineId: line.id, totalIdr: unitPriceIdr * quantity, unitPriceIdr };
};

export const budget = async (db: Database, id: string) => {
  const [row] = await rows<{ committed: number; realized: number }>(db, sql`SELECT committed_idr::float8 AS committed, realized_idr::float8 AS realized FROM budget_lines WHERE id = ${id}`);
  return row!;
};

export const count = async (db: Database, table: "payments" | "stripe_events" | "payouts", where = sql`true`) =>
  (await rows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM ${sql.raw(table)} WHERE ${where}`))[0]!.n;

// ---- Stripe --------------------------------------------------------------------------------------------

export type StandInRequest = { method: string; path: string; idempotencyKey: string | null; body: Record<string, any>; raw: string }; // eslint-disable-line @typescript-eslint/no-explicit-any

/** What the stand-in received for an order's checkout sessions, in order. */
export const checkoutRequestsFor = async (orderId: string): Promise<StandInRequest[]> => {
  const all = (await (await fetch(`${testStack().stripe.url}/__stand-in/requests`)).json()) as StandInRequest[];
  return all.filter((r) => r.path === "/v1/checkout/sessions" && r.method === "POST" && r.body.metadata?.orderId === orderId);
};

const webhookSecret = () => testStack().stripe.env.STRIPE_WEBHOOK_SECRET;

let eventSeq = 0;

export const stripeEvent = (type: string, object: Record<string, unknown>, id = `evt_test_${Date.now().toString(36)}_${++eventSeq}`) => ({
  id,
  object: "event",
  api_version: "2025-01-01",
  created: Math.floor(Date.now() / 1000),
  livemode: false,
  type,
  data: { object },
});

/** The raw body and a real `Stripe-Signature` header for it, as Stripe would send them. */
export const signed = (event: unknown, secret = webhookSecret()) => {
  const payload = JSON.stringify(event);
  return { payload, signature: Stripe.webhooks.generateTestHeaderString({ payload, secret }) };
};

export const sessionCompleted = (session: { sessionId: string; orderId: string; paymentId: string; amountIdr: number; paymentIntentId: string }, paymentStatus = "paid") =>
  stripeEvent("checkout.session.completed", {
    id: session.sessionId, object: "checkout.session", payment_status: paymentStatus, status: "complete", payment_intent: session.paymentIntentId,
    amount_total: session.amountIdr * 100, currency: "idr", metadata: { orderId: session.orderId, paymentId: session.paymentId },
  });

export const sessionExpired = (session: { sessionId: string; orderId: string; paymentId: string }) =>
  stripeEvent("checkout.session.expired", {
    id: session.sessionId, object: "checkout.session", payment_status: "unpaid", status: "expired", payment_intent: null,
    metadata: { orderId: session.orderId, paymentId: session.paymentId },
  });

export const chargeRefunded = (charge: { paymentIntentId: string; amountIdr: number; refundedIdr: number }) =>
  stripeEvent("charge.refunded", {
    id: `ch_${charge.paymentIntentId.slice(3)}`, object: "charge", payment_intent: charge.paymentIntentId, amount: charge.amountIdr * 100,
    amount_refunded: charge.refundedIdr * 100, refunded: charge.refundedIdr >= charge.amountIdr, currency: "idr",
  });
