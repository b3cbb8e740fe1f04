// The minimum-order rule: a seller's minimum order quantity holds for every cart line and every request line.

export const isBelowMinOrder = (quantity: number, minOrder: number) => quantity < minOrder;

export type MinOrderViolation = { index: number; productId: string; quantity: number; minOrder: number };

/** The lines below their product's minimum order, with their position (for per-line field errors). */
export const minOrderViolations = (lines: ReadonlyArray<{ productId: string; quantity: number; minOrder: number }>): MinOrderViolation[] =>
  lines.flatMap((l, index) => (isBelowMinOrder(l.quantity, l.minOrder) ? [{ index, productId: l.productId, quantity: l.quantity, minOrder: l.minOrder }] : []));
