"use server";

import { getTranslations } from "next-intl/server";
import { addToCart } from "@/lib/services/procurement/add-to-cart";
import { removeFromCart } from "@/lib/services/procurement/remove-from-cart";
import { updateCartItem } from "@/lib/services/procurement/update-cart-item";
import { parseInput } from "@/lib/validation/messages";
import { cartItemSchema } from "@/lib/validation/procurement";
import { formAction } from "../form-action";
import { plainAction } from "../plain-action";
import { textField } from "../to-form-state";
import { cartPage, cartProblem } from "./checkout-input";

const cartLine = (formData: FormData) => ({ productId: textField(formData, "productId"), quantity: Number(textField(formData, "quantity")) });

/** The product page's buy box; the service holds the cart rules (stock, minimum order), not the form. */
export const addToCartAction = formAction({
  input: cartLine,
  schema: cartItemSchema,
  run: (viewer, input) => addToCart(viewer, input),
  revalidate: ["/keranjang"],
  success: async (_cart, { quantity }) => ({ ok: true, message: (await getTranslations("procurement.addToCart"))("added", { quantity }) }),
});

/** Quantity edits and removals are plain forms: without JavaScript the cart page simply renders again. */
export const updateCartItemAction = plainAction({
  input: cartLine,
  run: async (viewer, line, { formData, locale }) => {
    if (formData.get("intent") === "remove") await removeFromCart(viewer, line.productId);
    else await updateCartItem(viewer, parseInput(cartItemSchema, line, locale));
  },
  revalidate: ["/keranjang"],
  redirect: (_cart, _line, { formData }) => cartPage(formData, null),
  onError: (error, { formData }) => cartPage(formData, cartProblem(error)),
});
