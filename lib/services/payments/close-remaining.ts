import { db } from "@/db/client";
import { sumReceivedValue } from "@/db/queries/receipts";
import { releaseBudget } from "@/db/queries/budget-lines";
import { listOrderLines } from "@/db/queries/order-lines";
import { updateOrder } from "@/db/queries/orders";
import type { Viewer } from "@/lib/domain/auth/roles";
import { checkCloseRemaining, outstandingLines, outstandingQuantity } from "@/lib/domain/procurement/order-progress";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import { loadOrderFor } from "@/lib/services/procurement/order-access";
import { actorOf } from "@/lib/domain/audit/audit-event";
import { conflict } from "@/lib/errors";
import type { CloseRemainingInput } from "@/lib/validation/payments";
import { loadOrderMoney, moveOrder, moveOrderToSettlement } from "@/lib/services/payments/settlement";
import { settlementStatus } from "@/lib/domain/payments/amounts";
import { orNotFound } from "@/lib/services/or-not-found";

/**
 * After a partial BAST, the buyer or PPK of the OPD cancels what was never delivered: the order's total (and
 * its UMK/local parts) shrink to what the BASTs received, the committed budget of the undelivered value is
 * released, and the order proceeds to payment (`paid` at once when every invoice is already paid, `closed`
 * when its card payments are also all disbursed). Audited
 * with the closed quantities per line. Nothing received yet → cancel the order instead (409).
 */
export const closeRemaining = async (viewer: Viewer | null, orderId: string, input: CloseRemainingInput, now: Date = new Date()) =>
  db.transaction(async (tx) => {
    const { order, viewer: actor } = await loadOrderFor(tx, viewer, "order.close_remaining", orderId, { forUpdate: true });
    const receivedIdr = await sumReceivedValue(tx, order.id);
    const check = checkCloseRemaining(order, [receivedIdr]);
    if (!check.ok && check.reason === "wrong_order_status") {
      throw conflict("wrong_order_status", { id: "Hanya pesanan yang sudah diterima sebagian yang sisanya dapat ditutup.", en: "Only a partially received order can have its remainder closed." }, { status: order.status });
    }
    if (!check.ok) throw conflict("nothing_outstanding", { id: "Tidak ada sisa pesanan yang belum diterima.", en: "Nothing on this order remains to be received." });
    const { remainingIdr } = check;

    const lines = await listOrderLines(tx, order.id);
    const closedLines = outstandingLines(lines).map((l) => ({ orderLineId: l.id, title: l.title, quantity: outstandingQuantity(l) }));
    const receivedOf = (keep: (l: (typeof lines)[number]) => boolean) => lines.filter(keep).reduce((s, l) => s + l.receivedQuantity * l.unitPriceIdr, 0);
    if (!(await releaseBudget(tx, { budgetLineId: order.budgetLineId, opdId: order.opdId, amountIdr: remainingIdr }))) {
      throw conflict("budget_out_of_balance", { id: "Komitmen anggaran tidak sesuai pesanan.", en: "The budget commitment does not match the order." });
    }
    // The order now stands for what was delivered: shares and the budget count that, not the cancelled rest.
    const updated = orNotFound(
      await updateOrder(tx, { id: order.id, opdId: order.opdId }, {
        totalIdr: receivedIdr,
        umkTotalIdr: receivedOf((l) => l.sellerIsUmk),
        localTotalIdr: receivedOf((l) => l.isLocal),
      }),
    );
    const money = await loadOrderMoney(tx, updated);
    const status = money.invoices.length === 0 ? await moveOrder(tx, updated, "received") : await moveOrderToSettlement(tx, updated, settlementStatus(money));
    await appendAuditEvent(tx, {
      actor: actorOf(actor),
      action: "order.remaining_closed",
      entity: "order",
      entityId: order.id,
      data: {
        number: order.number, reason: input.reason, previousTotalIdr: order.totalIdr, totalIdr: receivedIdr, releasedBudgetIdr: remainingIdr,
        budgetLineId: order.budgetLineId, closedLines, orderStatus: status,
      },
      at: now,
    });
    return { id: order.id, number: order.number, status, totalIdr: receivedIdr, releasedBudgetIdr: remainingIdr, closedLines };
  });
