import type { PastOrder, PurchaseLine } from "./types";

export const lineTotalIdr = (line: Pick<PurchaseLine, "quantity" | "unitPriceIdr">) => line.quantity * line.unitPriceIdr;

export const requestTotalIdr = (lines: readonly PurchaseLine[]) => lines.reduce((sum, l) => sum + lineTotalIdr(l), 0);

export const orderTotalIdr = (order: PastOrder) => order.lines.reduce((sum, l) => sum + l.amountIdr, 0);

/** "Rp200.000.000": rupiah as written in Indonesian documents, for messages. */
export const rupiah = (amountIdr: number) => `Rp${new Intl.NumberFormat("id-ID", { maximumFractionDigits: 0 }).format(amountIdr)}`;

/** Distinct sellers of the lines, in first-seen order. */
export const sellersOf = (lines: readonly PurchaseLine[]) => [...new Map(lines.map((l) => [l.seller.businessId, l.seller])).values()];
