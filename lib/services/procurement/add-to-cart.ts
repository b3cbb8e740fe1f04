import { db } from "@/db/client";
import { upsertCartItem } from "@/db/queries/cart-items";
import { findProductsForPurchase } from "@/db/queries/products";
import type { Viewer } from "@/lib/domain/auth/roles";
import type { CartItemInput } from "@/lib/validation/procurement";
import { assertBuyer } from "./cart-access";
import { assertMinOrder } from "./min-order";
import { unprocessable } from "@/lib/errors";
import { exposureCounter } from "@/lib/services/exposure/exposure-counter";

/**
 * Adds a quantity of an active product to the buyer's persisted cart (adding up if already there). Each addition
 * meets the product's minimum order on its own (422 on `quantity`, nothing written), so every cart line does.
 * A successful add counts toward the seller's funnel (cart adds per day).
 */
export const addToCart = async (viewer: Viewer | null, input: CartItemInput) => {
  assertBuyer(viewer);
  const [product] = await findProductsForPurchase(db, [input.productId]);
  if (!product || product.status !== "active") {
    throw unprocessable("product_unavailable", { id: "Produk tidak tersedia.", en: "The product is not available." }, { productId: input.productId });
  }
  assertMinOrder(product, input.quantity);
  const item = await upsertCartItem(db, { buyerId: viewer.userId, productId: input.productId, quantity: input.quantity, mode: "add" });
  exposureCounter().count("cartAdds", [product.businessId]);
  return item;
};
