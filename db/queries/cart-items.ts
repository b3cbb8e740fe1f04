import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { cartItems } from "../schema";

export const listCartItems = (db: DbOrTx, buyerId: string) =>
  db
    .select({ id: cartItems.id, productId: cartItems.productId, quantity: cartItems.quantity, addedAt: cartItems.addedAt })
    .from(cartItems)
    .where(eq(cartItems.buyerId, buyerId))
    .orderBy(asc(cartItems.addedAt), asc(cartItems.id));

/** Adds to the quantity when the product is already in the cart. */
export const upsertCartItem = async (db: DbOrTx, params: { buyerId: string; productId: string; quantity: number; mode: "add" | "set" }) => {
  const [row] = await db
    .insert(cartItems)
    .values({ buyerId: params.buyerId, productId: params.productId, quantity: params.quantity })
    .onConflictDoUpdate({
      target: [cartItems.buyerId, cartItems.productId],
      set: { quantity: params.mode === "add" ? sql`${cartItems.quantity} + ${params.quantity}` : params.quantity },
    })
    .returning({ id: cartItems.id, productId: cartItems.productId, quantity: cartItems.quantity });
  return row!;
};

export const deleteCartItems = (db: DbOrTx, params: { buyerId: string; productIds?: readonly string[] }) =>
  db
    .delete(cartItems)
    .where(
      and(
        eq(cartItems.buyerId, params.buyerId),
        params.productIds ? inArray(cartItems.productId, [...params.productIds]) : undefined,
      ),
    )
    .returning({ productId: cartItems.productId });
