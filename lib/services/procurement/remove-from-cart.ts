import { db } from "@/db/client";
import { deleteCartItems } from "@/db/queries/cart-items";
import type { Viewer } from "@/lib/domain/auth/roles";
import { assertBuyer } from "./cart-access";

/** Removes one product from the buyer's cart, or empties it when no product is given. */
export const removeFromCart = async (viewer: Viewer | null, productId?: string) => {
  assertBuyer(viewer);
  const removed = await deleteCartItems(db, { buyerId: viewer.userId, productIds: productId ? [productId] : undefined });
  return { removed: removed.length };
};
