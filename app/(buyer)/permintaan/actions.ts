"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { currentLocale } from "@/components/procurement/localize";
import type { FormState } from "@/components/seller/form-state";
import { formObject, toFormState } from "@/components/seller/to-form-state";
import { viewer } from "@/lib/auth/viewer";
import { approvePurchaseRequest } from "@/lib/services/procurement/approve-purchase-request";
import { getPurchaseRequest } from "@/lib/services/procurement/get-purchase-request";
import { rejectPurchaseRequest } from "@/lib/services/procurement/reject-purchase-request";
import { returnPurchaseRequest } from "@/lib/services/procurement/return-purchase-request";
import { submitPurchaseRequest } from "@/lib/services/procurement/submit-purchase-request";
import { updateCartItem } from "@/lib/services/procurement/update-cart-item";
import { parseInput } from "@/lib/validation/messages";
import {
  approvePurchaseRequestSchema, rejectPurchaseRequestSchema, returnPurchaseRequestSchema, submitPurchaseRequestSchema,
} from "@/lib/validation/procurement";

const requestIdOf = (formData: FormData) => String(formData.get("requestId") ?? "");

const done = (requestId: string) => {
  revalidatePath("/persetujuan");
  revalidatePath("/permintaan");
  revalidatePath(`/permintaan/${requestId}`);
  redirect(`/permintaan/${requestId}`);
};

export async function approveRequestAction(_state: FormState, formData: FormData): Promise<FormState> {
  const locale = await currentLocale();
  const requestId = requestIdOf(formData);
  try {
    const { note } = parseInput(approvePurchaseRequestSchema, { note: formObject(formData).note || undefined }, locale);
    await approvePurchaseRequest(await viewer(), requestId, { note });
  } catch (error) {
    return toFormState(error, locale, formData);
  }
  done(requestId);
  return {};
}

export async function rejectRequestAction(_state: FormState, formData: FormData): Promise<FormState> {
  const locale = await currentLocale();
  const requestId = requestIdOf(formData);
  try {
    await rejectPurchaseRequest(await viewer(), requestId, parseInput(rejectPurchaseRequestSchema, { reason: formObject(formData).reason }, locale));
  } catch (error) {
    return toFormState(error, locale, formData);
  }
  done(requestId);
  return {};
}

export async function returnRequestAction(_state: FormState, formData: FormData): Promise<FormState> {
  const locale = await currentLocale();
  const requestId = requestIdOf(formData);
  try {
    await returnPurchaseRequest(await viewer(), requestId, parseInput(returnPurchaseRequestSchema, { note: formObject(formData).note }, locale));
  } catch (error) {
    return toFormState(error, locale, formData);
  }
  done(requestId);
  return {};
}

/** Submits a saved draft (or a returned request) as it stands: same lines, budget line, purpose and justification. */
export async function resubmitRequestAction(_state: FormState, formData: FormData): Promise<FormState> {
  const locale = await currentLocale();
  const requestId = requestIdOf(formData);
  try {
    const current = await viewer();
    const request = await getPurchaseRequest(current, requestId);
    const input = parseInput(
      submitPurchaseRequestSchema,
      {
        requestId,
        budgetLineId: request.budgetLineId,
        purpose: request.purpose,
        lines: request.lines.map((l) => ({ productId: l.productId, quantity: l.quantity })),
        justification: request.justification,
        eventId: request.eventId,
        neededBy: request.neededBy,
      },
      locale,
    );
    await submitPurchaseRequest(current, input);
  } catch (error) {
    return toFormState(error, locale, formData);
  }
  done(requestId);
  return {};
}

/**
 * Puts a draft or returned request's lines back in the cart (quantities as requested) and opens the cart in
 * revision mode, where submit updates this same request. Stops at the first line that cannot be restored.
 */
export async function reviseRequestAction(_state: FormState, formData: FormData): Promise<FormState> {
  const locale = await currentLocale();
  const requestId = requestIdOf(formData);
  try {
    const current = await viewer();
    const request = await getPurchaseRequest(current, requestId);
    for (const line of request.lines) await updateCartItem(current, { productId: line.productId, quantity: line.quantity });
  } catch (error) {
    return toFormState(error, locale, formData);
  }
  revalidatePath("/keranjang");
  redirect(`/keranjang?revisi=${requestId}`);
  return {};
}
