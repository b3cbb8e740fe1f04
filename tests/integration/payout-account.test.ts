import { sql } from "drizzle-orm";
import { db } from "@/db/client";
import type { Viewer } from "@/lib/domain/auth/roles";
import { getPayoutAccount, getPayoutAccountForEdit, updatePayoutAccount } from "@/lib/services/businesses/payout-account";
import { getOrderPayments, listTreasuryQueue, recordTransferPayment } from "@/lib/services/payments";
import { verifyAuditChain } from "@/lib/services/audit/verify-audit-chain";
import { budget, count, orderAtBast } from "./payments-helpers";
import { expectAppError, seedDemoParties } from "./procurement-helpers";

// The seller's payout account: saved and audited masked, and required before a treasurer records a transfer.

jest.setTimeout(30_000);

let buyer: Viewer;
let approver: Viewer;
let treasurer: Viewer;
let seller: Viewer;
let dispar: string;

type Row = Record<string, unknown>;
const rows = async (query: ReturnType<typeof sql>) => (await db.execute(query)) as unknown as Row[];
const transfer = (amountIdr: number) => ({ method: "sp2d" as const, reference: `SP2D-${Date.now()}-${Math.floor(Math.random() * 1e6)}`, paidAt: new Date(), amountIdr });
const clearAccount = (businessId: string) =>
  db.execute(sql`UPDATE businesses SET payout_bank_code = NULL, payout_bank_name = NULL, payout_account_number = NULL, payout_account_name = NULL WHERE id = ${businessId}`);

beforeAll(async () => {
  ({ buyer, approver, treasurer, seller, dispar } = await seedDemoParties(db));
}, 60_000);

describe("the seller's payout account", () => {
  it("is saved for the seller's own business, answered and audited masked, and shown whole only to the edit form", async () => {
    const businessId = seller.memberships.find((m) => m.role === "seller")!.businessId!;
    const saved = await updatePayoutAccount(seller, { payoutBankCode: "002", payoutAccountNumber: "012301000456501", payoutAccountName: "Inaq Sumiati" });
    expect(saved).toEqual({
      businessId, hasAccount: true, bankCode: "002", bankName: "BRI", accountNumber: "•••• 6501", accountName: "Inaq Sumiati", display: "BRI •••• 6501",
    });
    expect(await getPayoutAccount(seller)).toEqual(saved);
    expect((await getPayoutAccountForEdit(seller)).values).toEqual({ payoutBankCode: "002", payoutAccountNumber: "012301000456501", payoutAccountName: "Inaq Sumiati" });
    const [stored] = await rows(sql`SELECT payout_bank_code, payout_bank_name, payout_account_number FROM businesses WHERE id = ${businessId}`);
    expect(stored).toEqual({ payout_bank_code: "002", payout_bank_name: "BRI", payout_account_number: "012301000456501" });

    const [audit] = await rows(sql`SELECT actor_id, data FROM audit_events WHERE action = 'business.payout_account_updated' AND entity_id = ${businessId} ORDER BY seq DESC LIMIT 1`);
    expect(audit).toMatchObject({ actor_id: seller.userId, data: { current: { bankCode: "002", bankName: "BRI", accountNumber: "•••• 6501", accountName: "Inaq Sumiati" } } });
    expect(JSON.stringify(audit!.data)).not.toContain("012301000456501");
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });

  it("cannot be changed for another seller's business (403), nor anonymously (401)", async () => {
    const [other] = await rows(sql`SELECT id FROM businesses WHERE id <> ${seller.memberships.find((m) => m.role === "seller")!.businessId!} LIMIT 1`);
    const input = { payoutBankCode: "009" as const, payoutAccountNumber: "0123456789", payoutAccountName: "Orang Lain" };
    await expectAppError(updatePayoutAccount(seller, input, { businessId: other!.id as string }), "forbidden");
    await expectAppError(updatePayoutAccount(treasurer, input), "forbidden");
    await expectAppError(updatePayoutAccount(null, input), "unauthenticated");
    const [row] = await rows(sql`SELECT payout_account_name FROM businesses WHERE id = ${other!.id as string}`);
    expect(row!.payout_account_name).not.toBe("Orang Lain");
  });
});

describe("a transfer payment to a seller without a payout account", () => {
  it("is refused with 422 naming the account, writing nothing, while the queue and the order say why; it goes through once the seller adds one", async () => {
    const { orderId, totalIdr, budgetLineId, product, seller: orderSeller } = await orderAtBast(db, { buyer, approver, opdId: dispar });
    await clearAccount(product.businessId);

    const queued = (await listTreasuryQueue(treasurer, { opdId: dispar })).find((r) => r.orderId === orderId)!;
    expect(queued).toMatchObject({ payoutAccountMissing: true, business: { bankName: null, accountNumber: null } });
    expect((await getOrderPayments(treasurer, orderId)).actions).toMatchObject({ payByTransfer: false, transferNeedsPayoutAccount: true });

    const paymentsBefore = await count(db, "payments");
    const budgetBefore = await budget(db, budgetLineId);
    const error = await expectAppError(recordTransferPayment(treasurer, orderId, transfer(totalIdr)), "unprocessable", {
      reason: "payout_account_missing", field: "bankAccount", businessId: product.businessId,
    });
    expect((error as unknown as { localized: { id: string } }).localized.id).toContain("belum mengisi rekening bank");
    expect(await count(db, "payments")).toBe(paymentsBefore);
    expect(await budget(db, budgetLineId)).toEqual(budgetBefore);
    const [invoice] = await rows(sql`SELECT status FROM invoices WHERE order_id = ${orderId}`);
    expect(invoice!.status).toBe("open");

    await updatePayoutAccount(orderSeller, { payoutBankCode: "128", payoutAccountNumber: "7010 1234 5678 9", payoutAccountName: "Penjual Uji" });
    const again = (await listTreasuryQueue(treasurer, { opdId: dispar })).find((r) => r.orderId === orderId)!;
    expect(again).toMatchObject({ payoutAccountMissing: false, business: { bankName: "Bank NTB Syariah", accountNumber: "•••• 6789" } });
    expect((await getOrderPayments(treasurer, orderId)).actions).toMatchObject({ payByTransfer: true, transferNeedsPayoutAccount: false });
    expect(await recordTransferPayment(treasurer, orderId, transfer(totalIdr))).toMatchObject({ orderId, amountIdr: totalIdr });
  });

  it("the treasurer's queue never holds a whole account number", async () => {
    const queue = await listTreasuryQueue(treasurer, { opdId: dispar });
    for (const row of queue) if (row.business.accountNumber !== null) expect(row.business.accountNumber).toMatch(/^•••• \d{4}$/);
  });
});
