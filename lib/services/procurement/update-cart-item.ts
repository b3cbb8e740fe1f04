import { db } from "@/db/client";
import { upsertCartItem } from "@/db/queries/procurement";
import type { Viewer } from "@/lib/domain/auth/roles";
import type { CartItemInput } from "@/lib/validation/procurement";
import { assertBuyer } from "./cart-access";

/** Sets the quantity of a product in the buyer's cart (removing is removeFromCart). */
export const updateCartItem = async (viewer: Viewer | null, input: CartItemInput) => {
  assertBuyer(viewer);
  return upsertCartItem(db, { buyerId: viewer.userId, productId: input.productId, quantity: input.quantity, mode: "set" });
};
