"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { rupiahFromInput, witaDayToInstant } from "@/components/payments/form-values";
import { paymentFormState } from "@/components/payments/payment-form-state";
import { currentLocale } from "@/components/procurement/localize";
import type { FormState } from "@/components/seller/form-state";
import { formObject } from "@/components/seller/to-form-state";
import { viewer } from "@/lib/auth/viewer";
import { recordTransferPayment, startCardCheckout } from "@/lib/services/payments";
import { parseInput } from "@/lib/validation/messages";
import { recordTransferPaymentSchema } from "@/lib/validation/payments";

const refresh = (orderId: string) => {
  revalidatePath("/bendahara");
  revalidatePath(`/bendahara/${orderId}`);
  revalidatePath(`/pesanan/${orderId}`);
};

/** SP2D/UP: the treasurer records a transfer that already happened; back to the queue, where the order is gone. */
export async function recordTransferPaymentAction(_state: FormState, formData: FormData): Promise<FormState> {
  const locale = await currentLocale();
  const values = formObject(formData);
  const orderId = values.orderId ?? "";
  try {
    const input = parseInput(
      recordTransferPaymentSchema,
      { method: values.method, reference: values.reference, paidAt: witaDayToInstant(values.paidAt ?? ""), amountIdr: rupiahFromInput(values.amountIdr ?? "") },
      locale,
    );
    await recordTransferPayment(await viewer(), orderId, input);
  } catch (error) {
    return paymentFormState(error, locale, formData, await getTranslations("payments.pay"));
  }
  refresh(orderId);
  redirect(`/bendahara?dibayar=${encodeURIComponent(values.orderNumber ?? "")}`);
}

/** KKPD: opens a Stripe Checkout Session and sends the browser there; only Stripe's webhook marks it paid. */
export async function startCardCheckoutAction(_state: FormState, formData: FormData): Promise<FormState> {
  const locale = await currentLocale();
  const orderId = String(formData.get("orderId") ?? "");
  let url: string;
  try {
    const h = await headers();
    const origin = h.get("origin") ?? `${h.get("x-forwarded-proto") ?? "http"}://${h.get("host")}`;
    const back = `${origin}/bendahara/${encodeURIComponent(orderId)}`;
    ({ url } = await startCardCheckout(await viewer(), orderId, {
      successUrl: `${back}/kartu?session_id={CHECKOUT_SESSION_ID}`,
      cancelUrl: `${back}?kartu=batal`,
    }));
  } catch (error) {
    return paymentFormState(error, locale, formData, await getTranslations("payments.pay"));
  }
  refresh(orderId);
  redirect(url);
}
