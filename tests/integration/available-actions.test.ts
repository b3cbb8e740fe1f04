import { db } from "@/db/client";
import type { Viewer } from "@/lib/domain/auth/roles";
import { closeRemaining } from "@/lib/services/payments";
import { acceptOrder } from "@/lib/services/procurement/accept-order";
import { approvePurchaseRequest } from "@/lib/services/procurement/approve-purchase-request";
import { getOrder } from "@/lib/services/procurement/get-order";
import { getPurchaseRequest } from "@/lib/services/procurement/get-purchase-request";
import { listOrdersAwaitingSeller } from "@/lib/services/procurement/list-orders-awaiting-seller";
import { receiveOrder } from "@/lib/services/procurement/receive-order";
import { shipOrder } from "@/lib/services/procurement/ship-order";
import { submitPurchaseRequest } from "@/lib/services/procurement/submit-purchase-request";
import { sellerOf } from "./payments-helpers";
import { JUSTIFICATION, newBudgetLine, seedDemoParties, setStock, umkProducts, viewerOf } from "./procurement-helpers";

// The get-view services return what the viewer may do next (`actions`), computed by the domain from the stored
// state: the pages render these flags and nothing else.

let buyer: Viewer;
let approver: Viewer;
let treasurer: Viewer;
let otherApprover: Viewer;
let dispar: string;

beforeAll(async () => {
  ({ buyer, approver, treasurer, dispar } = await seedDemoParties(db));
  otherApprover = await viewerOf(db, "ppk.diskop@pasarumk.test");
}, 60_000);

it("follows a request and its order through every step, for every party", async () => {
  const [product] = await umkProducts(db, 1);
  await setStock(db, product!.id, 50);
  const line = await newBudgetLine(db, dispar, 500_000_000);
  const submitted = await submitPurchaseRequest(buyer, { budgetLineId: line.id, purpose: "Uji tindakan", lines: [{ productId: product!.id, quantity: 4 }], justification: JUSTIFICATION });

  expect((await getPurchaseRequest(approver, submitted.id)).actions).toMatchObject({ approve: true, reject: true, return: true, resubmit: false });
  expect((await getPurchaseRequest(buyer, submitted.id)).actions).toMatchObject({ approve: false, resubmit: false, revise: false });
  expect((await getPurchaseRequest(treasurer, submitted.id)).actions).toMatchObject({ approve: false, resubmit: false });
  await expect(getPurchaseRequest(otherApprover, submitted.id)).rejects.toMatchObject({ code: "forbidden" });

  const { orders } = await approvePurchaseRequest(approver, submitted.id);
  const orderId = orders[0]!.id;
  expect((await getPurchaseRequest(approver, submitted.id)).actions.approve).toBe(false);
  const seller = await sellerOf(db, product!.businessId);
  expect((await getOrder(seller, orderId)).actions).toMatchObject({ accept: true, decline: true, ship: false, receive: false });
  expect((await getOrder(approver, orderId)).actions).toMatchObject({ accept: false, cancel: true, closeRemaining: false });
  expect((await listOrdersAwaitingSeller(seller)).map((o) => o.id)).toContain(orderId);
  expect(await listOrdersAwaitingSeller(buyer)).toEqual([]);

  await acceptOrder(seller, orderId);
  expect((await getOrder(seller, orderId)).actions).toMatchObject({ accept: false, ship: true });
  await shipOrder(seller, orderId, { note: "Kurir" });
  expect((await listOrdersAwaitingSeller(seller)).map((o) => o.id)).not.toContain(orderId);
  expect((await getOrder(buyer, orderId)).actions).toMatchObject({ receive: true, cancel: false, rate: false, closeRemaining: false });

  const order = await getOrder(buyer, orderId);
  await receiveOrder(buyer, orderId, { lines: [{ orderLineId: order.lines[0]!.id, quantity: 1 }] });
  const partly = await getOrder(buyer, orderId);
  expect(partly.actions).toMatchObject({ receive: true, rate: true, closeRemaining: true });
  expect(partly.lines[0]).toMatchObject({ outstandingQuantity: 3 });
  expect(partly.undeliveredIdr).toBe(product!.priceIdr * 3);
  expect((await getOrder(seller, orderId)).actions).toMatchObject({ receive: false, closeRemaining: false, rate: false });

  await closeRemaining(buyer, orderId, { reason: "Sisa barang tidak tersedia" });
  const closed = await getOrder(buyer, orderId);
  expect(closed.actions).toMatchObject({ receive: false, closeRemaining: false });
  expect(closed.lines[0]).toMatchObject({ closedQuantity: 3, outstandingQuantity: 0 });
  expect(closed.undeliveredIdr).toBe(0);
});
