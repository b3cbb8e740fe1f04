import { db } from "@/db/client";
import { findBusinessPayout } from "@/db/queries/businesses";
import { findInvoiceDocument } from "@/db/queries/invoices";
import { authorize } from "@/lib/auth/authorize";
import type { Viewer } from "@/lib/domain/auth/roles";
import { invoiceStamp } from "@/lib/domain/payments/payment-progress";
import { notFound } from "@/lib/errors";
import { iso } from "@/lib/services/payments/views";
import type { InvoiceDetailView } from "./types";

/** A printable invoice (one per BAST) for every party that may read its order. */
export const getInvoice = async (viewer: Viewer | null, invoiceId: string): Promise<InvoiceDetailView> => {
  const doc = await findInvoiceDocument(db, invoiceId);
  if (!doc) {
    authorize(viewer, "order.read", { opdId: "-", businessId: "-", regionId: "-" });
    throw notFound();
  }
  authorize(viewer, "order.read", { opdId: doc.opdId, regionId: doc.opdRegionId, businessId: doc.businessId });
  const seller = (await findBusinessPayout(db, doc.businessId))!;
  const { invoice } = doc;
  const paidAt = iso(invoice.paidAt);
  return {
    id: invoice.id,
    number: invoice.number,
    amountIdr: invoice.amountIdr,
    status: invoice.status,
    issuedAt: invoice.issuedAt.toISOString(),
    paidAt,
    stamp: invoiceStamp({ status: invoice.status, issuedAt: invoice.issuedAt.toISOString(), paidAt }),
    receiptId: invoice.receiptId,
    bastNumber: doc.bastNumber,
    order: { id: invoice.orderId, number: doc.orderNumber },
    seller: {
      id: seller.id, name: seller.name, nib: seller.nib, address: seller.address, kabupaten: seller.kabupaten,
      bankName: seller.bankName, accountNumber: seller.accountNumber, accountName: seller.accountName,
    },
    buyer: { opdId: doc.opdId, opdName: doc.opdName },
    bast: { number: doc.bastNumber, signedAt: doc.bastSignedAt.toISOString(), signerName: doc.signerName },
    lines: doc.lines.map((l) => ({ ...l, totalIdr: l.quantity * l.unitPriceIdr })),
  };
};
