import { db } from "@/db/client";
import type { Viewer } from "@/lib/domain/auth/roles";
import { countWaitingWork } from "@/lib/services/dashboards/count-waiting-work";
import { listTreasuryQueue } from "@/lib/services/payments";
import { approvePurchaseRequest } from "@/lib/services/procurement/approve-purchase-request";
import { listApproverInbox } from "@/lib/services/procurement/list-approver-inbox";
import { receiveOrder } from "@/lib/services/procurement/receive-order";
import { submitPurchaseRequest } from "@/lib/services/procurement/submit-purchase-request";
import { orderAtBast } from "./payments-helpers";
import { grant, JUSTIFICATION, newBudgetLine, seedDemoParties, setStock, umkProducts } from "./procurement-helpers";

// The counts beside "Persetujuan" and "Pembayaran" (header and page headings) against the lists they stand for.

let buyer: Viewer;
let approver: Viewer;
let treasurer: Viewer;
let seller: Viewer;
let auditor: Viewer;
let dispar: string;

beforeAll(async () => {
  ({ buyer, approver, treasurer, seller, auditor, dispar } = await seedDemoParties(db));
}, 60_000);

const submit = async (who: Viewer) => {
  const [product] = await umkProducts(db, 1);
  await setStock(db, product!.id, 1_000);
  const line = await newBudgetLine(db, dispar, 500_000_000);
  return submitPurchaseRequest(who, { budgetLineId: line.id, purpose: "Uji hitungan antrean", lines: [{ productId: product!.id, quantity: 1 }], justification: JUSTIFICATION });
};

const approvableInInbox = async (viewer: Viewer) => (await listApproverInbox(viewer)).filter((r) => r.canApprove).length;

describe("countWaitingWork", () => {
  it("has no count (null, not zero) for someone who is neither PPK nor treasurer", async () => {
    expect(await countWaitingWork(buyer)).toEqual({ approvals: null, payments: null });
    expect(await countWaitingWork(seller)).toEqual({ approvals: null, payments: null });
    expect(await countWaitingWork(auditor)).toEqual({ approvals: null, payments: null });
  });

  it("counts the requests awaiting the PPK's decision: a new one adds one, a decided one leaves, their own never counts", async () => {
    const before = (await countWaitingWork(approver)).approvals!;
    expect(before).toBe(await approvableInInbox(approver));

    const request = await submit(buyer);
    expect((await countWaitingWork(approver)).approvals).toBe(before + 1);

    // The PPK's own request waits in the inbox but not for them: no one approves their own request.
    const ppkAsBuyer = await grant(db, approver.email, "buyer", dispar);
    await submit(ppkAsBuyer);
    const withOwn = await countWaitingWork(ppkAsBuyer);
    expect(withOwn.approvals).toBe(before + 1);
    expect(withOwn.approvals).toBe(await approvableInInbox(ppkAsBuyer));

    await approvePurchaseRequest(approver, request.id);
    expect((await countWaitingWork(approver)).approvals).toBe(before);
  });

  it("counts orders with an open invoice, once per order however many BASTs it has", async () => {
    const before = (await countWaitingWork(treasurer)).payments!;
    expect(before).toBe((await listTreasuryQueue(treasurer)).length);

    // One order received in two BASTs: two open invoices, one order to pay.
    const { orderId } = await orderAtBast(db, { buyer, approver, opdId: dispar }, { quantity: 3, receive: 1 });
    await receiveOrder(buyer, orderId);
    const queue = await listTreasuryQueue(treasurer);
    expect(queue.find((r) => r.orderId === orderId)!.invoices).toHaveLength(2);
    // Shipped but not received: nothing to pay yet.
    await orderAtBast(db, { buyer, approver, opdId: dispar }, { quantity: 1, receive: "none" });
    expect((await countWaitingWork(treasurer)).payments).toBe(before + 1);
    expect((await countWaitingWork(treasurer)).payments).toBe((await listTreasuryQueue(treasurer)).length);
  });
});
