"use server";

import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { witaDayToInstant } from "@/lib/domain/time/wita";
import { recordTransferPayment, startCardCheckout } from "@/lib/services/payments";
import { rupiahFromInput } from "@/lib/validation/form-input";
import { recordTransferPaymentSchema } from "@/lib/validation/payments";
import { formAction, type OnFormError } from "../form-action";
import type { ActionContext } from "../steps";
import { formObject, textField } from "../to-form-state";
import { placePaymentFields } from "./payment-fields";

const orderIdOf = (formData: FormData) => textField(formData, "orderId");

const paymentPages = (_result: unknown, _input: unknown, { formData }: ActionContext) => {
  const orderId = orderIdOf(formData);
  return ["/bendahara", `/bendahara/${orderId}`, `/pesanan/${orderId}`];
};

const placePayFields: OnFormError = async (state, error, { locale }) =>
  placePaymentFields(state, error, locale, await getTranslations("payments.pay"));

/** SP2D/UP: the treasurer records a transfer that already happened; back to the queue, where the order is gone. */
export const recordTransferPaymentAction = formAction({
  input: (formData) => {
    const v = formObject(formData);
    return { method: v.method, reference: v.reference, paidAt: witaDayToInstant(v.paidAt ?? "", new Date()), amountIdr: rupiahFromInput(v.amountIdr ?? "") };
  },
  schema: recordTransferPaymentSchema,
  run: (viewer, input, { formData }) => recordTransferPayment(viewer, orderIdOf(formData), input),
  revalidate: paymentPages,
  redirect: (_payment, _input, { formData }) => `/bendahara?dibayar=${encodeURIComponent(textField(formData, "orderNumber"))}`,
  onError: placePayFields,
});

/** KKPD: opens a Stripe Checkout Session and sends the browser there; only Stripe's webhook marks it paid. */
export const startCardCheckoutAction = formAction({
  input: async (formData) => {
    const h = await headers();
    const origin = h.get("origin") ?? `${h.get("x-forwarded-proto") ?? "http"}://${h.get("host")}`;
    return { appOrigin: origin };
  },
  run: (viewer, urls, { formData }) => startCardCheckout(viewer, orderIdOf(formData), urls),
  revalidate: paymentPages,
  redirect: ({ url }) => url,
  onError: placePayFields,
});
