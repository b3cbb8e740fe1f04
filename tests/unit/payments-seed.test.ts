import { buildSeedData } from "@/db/seed/build";
import { buildProcurementSeed } from "@/db/seed/procurement";
import { witaDaysBetween } from "@/lib/domain/payments/clock";

const NOW = new Date("2026-11-27T02:00:00Z");

describe("payments demo seed", () => {
  const data = buildSeedData(NOW, "uji-rahasia-2026");
  const seed = buildProcurementSeed(data, NOW);

  it("issues one invoice per BAST for its received value, numbered INV, dated at the BAST", () => {
    expect(seed.invoices).toHaveLength(seed.receipts.length);
    for (const receipt of seed.receipts) {
      const invoice = seed.invoices.find((i) => i.receiptId === receipt.id)!;
      expect(invoice).toMatchObject({ orderId: receipt.orderId, amountIdr: receipt.receivedValueIdr, issuedAt: receipt.signedAt });
      expect(invoice.number).toMatch(/^INV\/\d{4}\/[A-Z0-9]+\/\d{6}$/);
    }
  });

  it("pays most by SP2D/UP some days after the BAST, exactly the invoice, with unique references", () => {
    expect(seed.payments.length).toBeGreaterThanOrEqual(8);
    expect(new Set(seed.payments.map((p) => p.method))).toEqual(new Set(["sp2d", "up"]));
    expect(new Set(seed.payments.map((p) => `${p.method}|${p.reference}`)).size).toBe(seed.payments.length);
    const delays = seed.payments.map((p) => {
      const invoice = seed.invoices.find((i) => i.paymentId === p.id)!;
      expect(invoice).toMatchObject({ status: "paid", amountIdr: p.amountIdr, paidAt: p.paidAt });
      expect(p.paidAt!.getTime()).toBeLessThan(NOW.getTime());
      expect(seed.orders.find((o) => o.id === p.orderId)!.status).toBe("paid");
      return witaDaysBetween(invoice.issuedAt, p.paidAt!);
    });
    expect(Math.min(...delays)).toBeLessThanOrEqual(2);
    expect(Math.max(...delays)).toBeGreaterThan(7);
    const realized = [...seed.realizedByBudgetLine.values()].reduce((a, b) => a + b, 0);
    expect(realized).toBe(seed.payments.reduce((s, p) => s + p.amountIdr, 0));
  });

  it("leaves some invoices open and overdue, including in the demo treasurer's OPD", () => {
    const open = seed.invoices.filter((i) => i.status === "open");
    expect(open.length).toBeGreaterThanOrEqual(2);
    expect(open.some((i) => witaDaysBetween(i.issuedAt, NOW) > 7)).toBe(true);
    const openOrders = seed.orders.filter((o) => open.some((i) => i.orderId === o.id));
    expect(openOrders.every((o) => o.status === "invoiced")).toBe(true);
    expect(new Set(openOrders.map((o) => o.opdId)).size).toBeGreaterThanOrEqual(2);
    const dispar = data.opds.find((o) => o.shortName === "Dispar")!.id;
    expect(openOrders.some((o) => o.opdId === dispar)).toBe(true);
  });
});
