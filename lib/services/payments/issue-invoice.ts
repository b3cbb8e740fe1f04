import type { DbOrTx } from "@/db/client";
import { insertInvoice } from "@/db/queries/invoices";
import { sumReceivedValue } from "@/db/queries/receipts";
import { nextDocumentSequence } from "@/db/queries/document-numbers";
import { updateOrder } from "@/db/queries/orders";
import { remainingToReceiveIdr } from "@/lib/domain/payments/amounts";
import { counterKey, DOCUMENT_KINDS, formatDocumentNumber } from "@/lib/domain/procurement/document-number";
import { canTransitionOrder } from "@/lib/domain/procurement/state-machine";
import { witaYear } from "@/lib/domain/time/wita";
import { appendAuditEvent, type AuditActor } from "@/lib/services/audit/append-audit-event";
import { conflict } from "@/lib/errors";
import { orNotFound } from "@/lib/services/or-not-found";

/** True when the rest of a partially received order was closed (its total shrank to what the BASTs received). */
export const isRemainderClosed = async (tx: DbOrTx, order: { id: string; totalIdr: number }) =>
  remainingToReceiveIdr(order.totalIdr, [await sumReceivedValue(tx, order.id)]) === 0;

/**
 * Issues the invoice of a BAST in the receiving transaction: numbered INV/<year>/<OPD>/<seq> on the gap-free
 * counters, for the BAST's received value, dated at the BAST (the payment clock starts there); the order moves
 * received → invoiced. Audited.
 */
export const issueInvoiceForReceipt = async (
  tx: DbOrTx,
  params: {
    order: { id: string; opdId: string; number: string; status: string };
    opdShortName: string;
    receipt: { id: string; number: string; signedAt: Date; receivedValueIdr: number };
    actor: AuditActor;
  },
) => {
  const { order, receipt } = params;
  if (!canTransitionOrder(order.status as "received", "invoiced")) throw conflict("wrong_order_status", { id: "Status pesanan tidak memungkinkan tagihan.", en: "The order status does not allow an invoice." }, { status: order.status });
  const year = witaYear(receipt.signedAt);
  const sequence = await nextDocumentSequence(tx, { key: counterKey(DOCUMENT_KINDS.invoice, params.opdShortName), year });
  const invoice = await insertInvoice(tx, {
    number: formatDocumentNumber(DOCUMENT_KINDS.invoice, year, params.opdShortName, sequence),
    orderId: order.id,
    receiptId: receipt.id,
    amountIdr: receipt.receivedValueIdr,
    status: "open",
    issuedAt: receipt.signedAt,
  });
  const updated = orNotFound(await updateOrder(tx, { id: order.id, opdId: order.opdId }, { status: "invoiced" }));
  await appendAuditEvent(tx, {
    actor: params.actor,
    action: "invoice.issued",
    entity: "invoice",
    entityId: invoice.id,
    data: { orderId: order.id, orderNumber: order.number, number: invoice.number, bastId: receipt.id, bastNumber: receipt.number, amountIdr: invoice.amountIdr },
    at: receipt.signedAt,
  });
  return { invoice, status: updated.status };
};
