import { db } from "@/db/client";
import { nextDocumentSequence } from "@/db/queries/document-numbers";
import { addReceivedQuantity, listOrderLines } from "@/db/queries/order-lines";
import { updateOrder } from "@/db/queries/orders";
import { insertReceipt } from "@/db/queries/receipts";
import type { Viewer } from "@/lib/domain/auth/roles";
import { counterKey, DOCUMENT_KINDS, formatDocumentNumber } from "@/lib/domain/procurement/document-number";
import { receivedValueIdr } from "@/lib/domain/procurement/shares";
import { canTransitionOrder } from "@/lib/domain/procurement/state-machine";
import { witaYear } from "@/lib/domain/time/wita";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import { recordEventItemsForReceipt } from "@/lib/services/events/record-event-items-for-receipt";
import { isRemainderClosed, issueInvoiceForReceipt } from "@/lib/services/payments/issue-invoice";
import type { ReceiveOrderInput } from "@/lib/validation/procurement";
import { loadOrderFor } from "./order-access";
import { PROCUREMENT_MESSAGES } from "@/lib/services/procurement/messages";
import { actorOf } from "@/lib/domain/audit/audit-event";
import { conflict, unprocessable } from "@/lib/errors";
import { orNotFound } from "@/lib/services/or-not-found";
import type { BastView, OrderReceiptView } from "@/lib/validation/views/procurement";
import { tellOrder } from "@/lib/services/notifications/tell";

/** The BAST receiving returns; its schema is the OpenAPI document's. */
export type Bast = BastView;

/**
 * The buyer of the OPD receives a shipped order and signs a numbered BAST at `now` (WITA numbering year).
 * Partial quantities are allowed; without `lines` everything still outstanding is received. A later BAST
 * may receive the rest. Quantities beyond what is outstanding are refused (422 `over_receipt`). Each BAST
 * issues its invoice in the same transaction and leaves the order `invoiced`; once the rest was closed
 * (close-remaining) nothing more can be received.
 */
export const receiveOrder = async (viewer: Viewer | null, orderId: string, input: ReceiveOrderInput = {}, now: Date = new Date()): Promise<OrderReceiptView> =>
  db.transaction(async (tx) => {
    const { order, opd, viewer: buyer } = await loadOrderFor(tx, viewer, "order.receive", orderId, { forUpdate: true });
    if (!canTransitionOrder(order.status, "received")) throw conflict("wrong_order_status", PROCUREMENT_MESSAGES.wrongOrderState, { status: order.status });
    const lines = await listOrderLines(tx, order.id);
    const outstanding = new Map(lines.map((l) => [l.id, l.quantity - l.receivedQuantity]));
    if ([...outstanding.values()].every((q) => q === 0) || (await isRemainderClosed(tx, order))) {
      throw conflict("nothing_outstanding", { id: "Semua barang pesanan ini sudah diterima.", en: "Everything on this order has already been received." });
    }

    const wanted = new Map<string, number>();
    if (input.lines) for (const l of input.lines) wanted.set(l.orderLineId, (wanted.get(l.orderLineId) ?? 0) + l.quantity);
    else for (const [id, q] of outstanding) if (q > 0) wanted.set(id, q);
    for (const [orderLineId, quantity] of wanted) {
      if (!outstanding.has(orderLineId)) {
        throw unprocessable("unknown_order_line", { id: "Baris pesanan tidak dikenal.", en: "Unknown order line." }, { orderLineId });
      }
      if (quantity > outstanding.get(orderLineId)!) {
        throw unprocessable(
          "over_receipt",
          { id: "Jumlah diterima melebihi sisa pesanan.", en: "The received quantity exceeds what is outstanding." },
          { orderLineId, outstanding: outstanding.get(orderLineId) },
        );
      }
    }
    const receivedLines = [...wanted].map(([orderLineId, quantity]) => ({ orderLineId, quantity }));
    for (const l of receivedLines) {
      if (!(await addReceivedQuantity(tx, { orderLineId: l.orderLineId, orderId: order.id, opdId: order.opdId, quantity: l.quantity }))) {
        throw unprocessable("over_receipt", { id: "Jumlah diterima melebihi sisa pesanan.", en: "The received quantity exceeds what is outstanding." }, { orderLineId: l.orderLineId });
      }
    }
    const valueIdr = receivedValueIdr(receivedLines.map((l) => ({ quantity: l.quantity, unitPriceIdr: lines.find((x) => x.id === l.orderLineId)!.unitPriceIdr })));
    const year = witaYear(now);
    const sequence = await nextDocumentSequence(tx, { key: counterKey(DOCUMENT_KINDS.bast, opd.shortName), year });
    const receipt = orNotFound(await insertReceipt(
      tx,
      { opdId: order.opdId },
      { number: formatDocumentNumber(DOCUMENT_KINDS.bast, year, opd.shortName, sequence), orderId: order.id, signedBy: buyer.userId, signedAt: now, receivedValueIdr: valueIdr, note: input.note ?? null },
      receivedLines,
    ));
    await recordEventItemsForReceipt(tx, { orderId: order.id, receiptId: receipt.id, receiptNumber: receipt.number, actor: buyer, now });
    const complete = lines.every((l) => l.quantity - l.receivedQuantity - (wanted.get(l.id) ?? 0) === 0);
    const updated = orNotFound(await updateOrder(tx, { id: order.id, opdId: order.opdId }, { status: "received", receivedAt: order.receivedAt ?? now }));
    await appendAuditEvent(tx, {
      actor: actorOf(buyer),
      action: "order.received",
      entity: "order",
      entityId: order.id,
      data: { number: order.number, bastId: receipt.id, bastNumber: receipt.number, receivedValueIdr: valueIdr, complete, lines: receivedLines },
      at: now,
    });
    // Every BAST bills what it received at once: the payment clock starts at the BAST.
    const invoiced = await issueInvoiceForReceipt(tx, { order: updated, opdShortName: opd.shortName, receipt, actor: actorOf(buyer) });
    const invoiceParams = { invoiceNumber: invoiced.invoice.number, amountIdr: invoiced.invoice.amountIdr };
    await tellOrder(tx, "order.received", order.id, { at: now, actorId: buyer.userId, occurrence: receipt.id, params: invoiceParams });
    await tellOrder(tx, "invoice.awaiting_payment", order.id, { at: now, actorId: buyer.userId, occurrence: invoiced.invoice.id, params: invoiceParams });
    const bast: Bast = {
      id: receipt.id,
      number: receipt.number,
      signedBy: receipt.signedBy,
      signedAt: receipt.signedAt,
      receivedValueIdr: receipt.receivedValueIdr,
      lines: receivedLines,
    };
    return { id: updated.id, number: updated.number, status: invoiced.status, complete, bast, invoice: { id: invoiced.invoice.id, number: invoiced.invoice.number, amountIdr: invoiced.invoice.amountIdr } };
  });
