"use server";

import { getTranslations } from "next-intl/server";
import { witaDayToInstant } from "@/lib/domain/time/wita";
import { recordPayout } from "@/lib/services/payments";
import { recordPayoutSchema } from "@/lib/validation/payments";
import { formAction } from "../form-action";
import { formObject, textField } from "../to-form-state";
import { placePaymentFields } from "./payment-fields";

/** The operator records the bank transfer (or Connect transfer) that passed card money on to the seller. */
export const recordPayoutAction = formAction({
  input: (formData) => {
    const v = formObject(formData);
    return { paymentId: v.paymentId, method: v.method || undefined, reference: v.reference?.trim() || undefined, disbursedAt: witaDayToInstant(v.disbursedAt ?? "", new Date()) };
  },
  schema: recordPayoutSchema,
  run: (viewer, { paymentId, ...details }) => recordPayout(viewer, paymentId, details),
  revalidate: (_payout, _input, { formData }) => {
    const orderId = textField(formData, "orderId");
    return orderId ? ["/admin/pencairan", `/pesanan/${orderId}`] : ["/admin/pencairan"];
  },
  redirect: () => "/admin/pencairan?dicairkan=1",
  onError: async (state, error, { locale }) => {
    const placed = placePaymentFields(state, error, locale, await getTranslations("payments.payouts"));
    // The payout form names its date field disbursedAt; reasons about dates land there.
    return placed.fields?.paidAt ? { ...placed, fields: { ...placed.fields, disbursedAt: placed.fields.paidAt } } : placed;
  },
});
