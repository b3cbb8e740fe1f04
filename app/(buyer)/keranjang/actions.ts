"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { localizeCompliance, currentLocale } from "@/components/procurement/localize";
import type { CheckoutState, CheckoutValues } from "@/components/procurement/checkout-state";
import { toFormState } from "@/components/seller/to-form-state";
import type { FormState } from "@/components/seller/form-state";
import { viewer } from "@/lib/auth/viewer";
import { toAppError } from "@/lib/errors";
import { addToCart } from "@/lib/services/procurement/add-to-cart";
import { getCart } from "@/lib/services/procurement/get-cart";
import { removeFromCart } from "@/lib/services/procurement/remove-from-cart";
import { submitPurchaseRequest } from "@/lib/services/procurement/submit-purchase-request";
import { updateCartItem } from "@/lib/services/procurement/update-cart-item";
import type { ComplianceView } from "@/lib/services/procurement/shared";
import { parseInput } from "@/lib/validation/messages";
import { cartItemSchema, cartPreviewSchema, submitPurchaseRequestSchema } from "@/lib/validation/procurement";

const str = (formData: FormData, key: string) => String(formData.get(key) ?? "").trim();

export async function addToCartAction(_state: FormState, formData: FormData): Promise<FormState> {
  const locale = await currentLocale();
  const t = await getTranslations("procurement.addToCart");
  const minOrder = Number(str(formData, "minOrder") || "1");
  const quantity = Number(str(formData, "quantity"));
  try {
    if (!Number.isInteger(quantity) || quantity < minOrder) {
      return { ok: false, message: t("belowMin", { min: minOrder }), fields: { quantity: t("belowMin", { min: minOrder }) }, values: { quantity: str(formData, "quantity") } };
    }
    const input = parseInput(cartItemSchema, { productId: str(formData, "productId"), quantity }, locale);
    await addToCart(await viewer(), input);
  } catch (error) {
    return toFormState(error, locale, formData);
  }
  revalidatePath("/keranjang");
  return { ok: true, message: t("added", { quantity }) };
}

/** Quantity edits and removals are plain forms: without JavaScript the cart page simply renders again. */
export async function updateCartItemAction(formData: FormData) {
  const productId = str(formData, "productId");
  let problem: string | null = null;
  try {
    if (formData.get("intent") === "remove") await removeFromCart(await viewer(), productId);
    else await updateCartItem(await viewer(), parseInput(cartItemSchema, { productId, quantity: Number(str(formData, "quantity")) }));
  } catch (error) {
    const appError = toAppError(error);
    if (appError.code === "internal") console.error(error);
    problem = appError.code === "unprocessable" || appError.code === "bad_request" ? "quantity" : appError.code;
  }
  revalidatePath("/keranjang");
  const budget = str(formData, "budgetLineId");
  const query = new URLSearchParams();
  if (budget) query.set("anggaran", budget);
  const revision = str(formData, "revisi");
  if (revision) query.set("revisi", revision);
  if (problem) query.set("galat", problem);
  redirect(`/keranjang${query.size ? `?${query}` : ""}`);
}

const valuesOf = (formData: FormData): CheckoutValues => ({
  requestId: str(formData, "requestId"),
  budgetLineId: str(formData, "budgetLineId"),
  purpose: str(formData, "purpose"),
  neededBy: str(formData, "neededBy"),
  eventId: str(formData, "eventId"),
  justificationCode: str(formData, "justificationCode"),
  justificationText: str(formData, "justificationText"),
});

const justificationOf = (v: CheckoutValues) =>
  v.justificationCode && v.justificationText ? { code: v.justificationCode as "no_umk_supplier", text: v.justificationText } : null;

type CheckoutField = "budgetLineId" | "purpose" | "neededBy" | "eventId" | "justificationCode" | "justificationText";

const FIELD_KEYS: Record<string, CheckoutField> = {
  budgetLineId: "budgetLineId",
  purpose: "purpose",
  neededBy: "neededBy",
  eventId: "eventId",
  "justification.code": "justificationCode",
  "justification.text": "justificationText",
  "justification": "justificationText",
};

/**
 * The checkout form's one action: `intent` preview re-evaluates the cart (the live compliance preview),
 * draft saves a draft request, submit submits. A blocked cart comes back with every finding explained.
 */
export async function checkoutAction(state: CheckoutState, formData: FormData): Promise<CheckoutState> {
  const locale = await currentLocale();
  const t = await getTranslations("procurement.cart");
  const values = valuesOf(formData);
  const intent = str(formData, "intent") || "preview";
  const current = await viewer();
  const base: CheckoutState = { rev: state.rev + 1, values, compliance: null };
  let requestId: string;
  try {
    if (intent === "preview") {
      const preview = parseInput(cartPreviewSchema, { budgetLineId: values.budgetLineId || undefined, justification: justificationOf(values) }, locale);
      const cart = await getCart(current, preview);
      return { ...base, compliance: await localizeCompliance(cart.compliance) };
    }
    const cart = await getCart(current, {});
    const lines = cart.sellers.flatMap((s) => s.items.map((i) => ({ productId: i.productId, quantity: i.quantity })));
    if (lines.length === 0) return { ...base, message: t("emptyCart") };
    const input = parseInput(
      submitPurchaseRequestSchema,
      {
        requestId: values.requestId || undefined,
        budgetLineId: values.budgetLineId,
        purpose: values.purpose,
        lines,
        justification: justificationOf(values),
        eventId: values.eventId || null,
        neededBy: values.neededBy || null,
        draft: intent === "draft",
      },
      locale,
    );
    requestId = (await submitPurchaseRequest(current, input)).id;
  } catch (error) {
    const appError = toAppError(error);
    if (appError.code === "internal") console.error(error);
    const details = appError.details as { compliance?: ComplianceView } | Array<{ path: string }> | undefined;
    const compliance = details && !Array.isArray(details) && details.compliance ? await localizeCompliance(details.compliance) : null;
    const fields: Record<string, string> = {};
    if (Array.isArray(details)) {
      for (const d of details) {
        const key = FIELD_KEYS[d.path];
        if (key && !fields[key]) fields[key] = t(`errors.${key}`);
      }
    }
    if (!compliance && values.budgetLineId) {
      try {
        const cart = await getCart(current, { budgetLineId: values.budgetLineId, justification: justificationOf(values) });
        return { ...base, message: appError.localized[locale], fields, compliance: await localizeCompliance(cart.compliance) };
      } catch {
        // The preview is a courtesy here; the error above is what the clerk needs to read.
      }
    }
    return { ...base, message: appError.localized[locale], fields, compliance };
  }
  revalidatePath("/keranjang");
  revalidatePath("/permintaan");
  redirect(`/permintaan/${requestId}?${intent === "draft" ? "draf" : "baru"}=1`);
}
