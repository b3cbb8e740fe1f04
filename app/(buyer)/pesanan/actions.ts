"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { currentLocale } from "@/components/procurement/localize";
import type { FormState } from "@/components/seller/form-state";
import { formObject, toFormState } from "@/components/seller/to-form-state";
import { viewer } from "@/lib/auth/viewer";
import { acceptOrder } from "@/lib/services/procurement/accept-order";
import { cancelOrder } from "@/lib/services/procurement/cancel-order";
import { declineOrder } from "@/lib/services/procurement/decline-order";
import { rateOrder } from "@/lib/services/procurement/rate-order";
import { receiveOrder } from "@/lib/services/procurement/receive-order";
import { shipOrder } from "@/lib/services/procurement/ship-order";
import { parseInput } from "@/lib/validation/messages";
import { cancelOrderSchema, declineOrderSchema, rateOrderSchema, receiveOrderSchema, shipOrderSchema } from "@/lib/validation/procurement";

const orderIdOf = (formData: FormData) => String(formData.get("orderId") ?? "");

/** Back to where the form was (the seller's list or the order page); never anywhere else. */
const finish = (orderId: string, formData: FormData, suffix = "") => {
  revalidatePath("/pesanan");
  revalidatePath(`/pesanan/${orderId}`);
  revalidatePath("/penjual/pesanan");
  redirect(formData.get("back") === "seller" ? "/penjual/pesanan" : `/pesanan/${orderId}${suffix}`);
};

export async function acceptOrderAction(_state: FormState, formData: FormData): Promise<FormState> {
  const locale = await currentLocale();
  const orderId = orderIdOf(formData);
  try {
    await acceptOrder(await viewer(), orderId);
  } catch (error) {
    return toFormState(error, locale, formData);
  }
  finish(orderId, formData);
  return {};
}

export async function declineOrderAction(_state: FormState, formData: FormData): Promise<FormState> {
  const locale = await currentLocale();
  const orderId = orderIdOf(formData);
  try {
    await declineOrder(await viewer(), orderId, parseInput(declineOrderSchema, { reason: formObject(formData).reason }, locale));
  } catch (error) {
    return toFormState(error, locale, formData);
  }
  finish(orderId, formData);
  return {};
}

export async function shipOrderAction(_state: FormState, formData: FormData): Promise<FormState> {
  const locale = await currentLocale();
  const orderId = orderIdOf(formData);
  try {
    await shipOrder(await viewer(), orderId, parseInput(shipOrderSchema, { note: formObject(formData).note || undefined }, locale));
  } catch (error) {
    return toFormState(error, locale, formData);
  }
  finish(orderId, formData);
  return {};
}

export async function cancelOrderAction(_state: FormState, formData: FormData): Promise<FormState> {
  const locale = await currentLocale();
  const orderId = orderIdOf(formData);
  try {
    await cancelOrder(await viewer(), orderId, parseInput(cancelOrderSchema, { reason: formObject(formData).reason }, locale));
  } catch (error) {
    return toFormState(error, locale, formData);
  }
  finish(orderId, formData);
  return {};
}

/** Per-line quantities arrive as `qty_<orderLineId>`; zero or empty lines are simply not received this time. */
export async function receiveOrderAction(_state: FormState, formData: FormData): Promise<FormState> {
  const locale = await currentLocale();
  const orderId = orderIdOf(formData);
  let bastId: string;
  try {
    const values = formObject(formData);
    const lines = Object.entries(values)
      .filter(([k, v]) => k.startsWith("qty_") && v.trim() !== "" && Number(v) !== 0)
      .map(([k, v]) => ({ orderLineId: k.slice(4), quantity: Number(v.replace(/\./g, "")) }));
    if (lines.length === 0) {
      return { ok: false, message: (await getTranslations("procurement.order"))("receiveNothing"), values };
    }
    const input = parseInput(receiveOrderSchema, { lines, note: values.note || undefined }, locale);
    bastId = (await receiveOrder(await viewer(), orderId, input)).bast.id;
  } catch (error) {
    return toFormState(error, locale, formData);
  }
  finish(orderId, formData, `?bast=${bastId}`);
  return {};
}

export async function rateOrderAction(_state: FormState, formData: FormData): Promise<FormState> {
  const locale = await currentLocale();
  const orderId = orderIdOf(formData);
  try {
    const values = formObject(formData);
    await rateOrder(await viewer(), orderId, parseInput(rateOrderSchema, { stars: Number(values.stars), comment: values.comment || undefined }, locale));
  } catch (error) {
    return toFormState(error, locale, formData);
  }
  finish(orderId, formData);
  return {};
}
