import { eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { commitBudget } from "@/db/queries/budget-lines";
import { insertEventItems } from "@/db/queries/event-items";
import { updateEventRow } from "@/db/queries/events";
import { updateOrder } from "@/db/queries/orders";
import { updatePurchaseRequest } from "@/db/queries/purchase-requests";
import { budgetLines, eventItems, events, orders, purchaseRequests } from "@/db/schema";
import { seedDemoData } from "@/db/seed";

// The owner scope is part of every write's WHERE: with another office's (or business's) id the write matches
// nothing, returns null/false, and the row is exactly as it was — whatever the service forgot to authorize.

let order: typeof orders.$inferSelect;
let otherOpdId: string;
let otherBusinessId: string;

beforeAll(async () => {
  await seedDemoData(db, { now: new Date("2026-06-01T02:00:00Z") });
  [order] = (await db.select().from(orders).orderBy(orders.number).limit(1)) as [typeof orders.$inferSelect];
  const [other] = (await db.execute(sql`SELECT id FROM opds WHERE id <> ${order.opdId} ORDER BY id LIMIT 1`)) as unknown as Array<{ id: string }>;
  otherOpdId = other!.id;
  const [business] = (await db.execute(sql`SELECT id FROM businesses WHERE id <> ${order.businessId} ORDER BY id LIMIT 1`)) as unknown as Array<{ id: string }>;
  otherBusinessId = business!.id;
}, 60_000);

const orderRow = async (id: string) => (await db.select().from(orders).where(eq(orders.id, id)))[0]!;

describe("owner-scoped writes (real Postgres)", () => {
  it("updateOrder with another OPD's or another business's id returns null and changes nothing", async () => {
    const before = await orderRow(order.id);
    expect(await updateOrder(db, { id: order.id, opdId: otherOpdId }, { status: "cancelled", cancelReason: "not theirs" })).toBeNull();
    expect(await updateOrder(db, { id: order.id, businessId: otherBusinessId }, { status: "declined", declineReason: "not theirs" })).toBeNull();
    expect(await orderRow(order.id)).toEqual(before);
  });

  it("updateOrder with the order's own OPD or business does write (the scope is not simply always false)", async () => {
    const before = await orderRow(order.id);
    const byOpd = await updateOrder(db, { id: order.id, opdId: order.opdId }, { shipNote: "scoped write by OPD" });
    expect(byOpd?.shipNote).toBe("scoped write by OPD");
    const byBusiness = await updateOrder(db, { id: order.id, businessId: order.businessId }, { shipNote: before.shipNote });
    expect(byBusiness?.shipNote).toBe(before.shipNote);
    expect(await orderRow(order.id)).toEqual(before);
  });

  it("updatePurchaseRequest and commitBudget of another OPD change nothing", async () => {
    const [request] = await db.select().from(purchaseRequests).where(eq(purchaseRequests.id, order.requestId));
    expect(await updatePurchaseRequest(db, { id: request!.id, opdId: otherOpdId }, { purpose: "hijacked" })).toBeNull();
    expect((await db.select().from(purchaseRequests).where(eq(purchaseRequests.id, request!.id)))[0]).toEqual(request);

    const [line] = await db.select().from(budgetLines).where(eq(budgetLines.id, order.budgetLineId));
    expect(await commitBudget(db, { budgetLineId: line!.id, opdId: otherOpdId, amountIdr: 1 })).toBeUndefined();
    expect((await db.select().from(budgetLines).where(eq(budgetLines.id, line!.id)))[0]).toEqual(line);
  });

  it("event writes for another OPD's event change nothing and add no items", async () => {
    const [event] = await db.select().from(events).orderBy(events.id).limit(1);
    const [foreignOpd] = (await db.execute(sql`SELECT id FROM opds WHERE id <> ${event!.opdId} ORDER BY id LIMIT 1`)) as unknown as Array<{ id: string }>;
    expect(await updateEventRow(db, { id: event!.id, opdId: foreignOpd!.id }, { title: "hijacked" })).toBeNull();
    const itemsBefore = await db.select().from(eventItems).where(eq(eventItems.eventId, event!.id));
    const inserted = await insertEventItems(db, { eventId: event!.id, opdId: foreignOpd!.id }, [
      {
        category: "atk", description: "not theirs", amountIdr: 1_000, source: "declared", supplierName: "X",
        isUmk: true, isLocal: true, createdBy: event!.createdBy,
      },
    ]);
    expect(inserted).toBeNull();
    expect((await db.select().from(events).where(eq(events.id, event!.id)))[0]).toEqual(event);
    expect(await db.select().from(eventItems).where(eq(eventItems.eventId, event!.id))).toEqual(itemsBefore);
  });
});
