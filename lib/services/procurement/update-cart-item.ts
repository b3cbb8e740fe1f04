import { db } from "@/db/client";
import { upsertCartItem } from "@/db/queries/cart-items";
import { findProductsForPurchase } from "@/db/queries/products";
import type { Viewer } from "@/lib/domain/auth/roles";
import type { CartItemInput } from "@/lib/validation/procurement";
import { assertBuyer } from "./cart-access";
import { assertMinOrder } from "./min-order";

/**
 * Sets the quantity of a product in the buyer's cart (removing is removeFromCart); below the product's minimum
 * order it is refused with 422 on `quantity` and the line keeps its quantity.
 */
export const updateCartItem = async (viewer: Viewer | null, input: CartItemInput) => {
  assertBuyer(viewer);
  const [product] = await findProductsForPurchase(db, [input.productId]);
  if (product) assertMinOrder(product, input.quantity);
  return upsertCartItem(db, { buyerId: viewer.userId, productId: input.productId, quantity: input.quantity, mode: "set" });
};
