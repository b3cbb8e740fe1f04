import { isBelowMinOrder } from "@/lib/domain/procurement/cart-rules";
import { fieldError } from "@/lib/errors";
import { PROCUREMENT_MESSAGES } from "./messages";

/** 422 on the cart's `quantity` field when a cart line would be below the product's minimum order. */
export const assertMinOrder = (product: { id: string; minOrder: number }, quantity: number) => {
  if (!isBelowMinOrder(quantity, product.minOrder)) return;
  throw fieldError("quantity", PROCUREMENT_MESSAGES.belowMinOrder(product.minOrder), {
    reason: "below_min_order",
    productId: product.id,
    minOrder: product.minOrder,
  });
};
