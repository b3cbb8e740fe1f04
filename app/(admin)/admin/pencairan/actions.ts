"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { witaDayToInstant } from "@/components/payments/form-values";
import { paymentFormState } from "@/components/payments/payment-form-state";
import { currentLocale } from "@/components/procurement/localize";
import type { FormState } from "@/components/seller/form-state";
import { formObject } from "@/components/seller/to-form-state";
import { viewer } from "@/lib/auth/viewer";
import { recordPayout } from "@/lib/services/payments";
import { parseInput } from "@/lib/validation/messages";
import { recordPayoutSchema } from "@/lib/validation/payments";

/** The operator records the bank transfer (or Connect transfer) that passed card money on to the seller. */
export async function recordPayoutAction(_state: FormState, formData: FormData): Promise<FormState> {
  const locale = await currentLocale();
  const t = await getTranslations("payments.payouts");
  const values = formObject(formData);
  try {
    const input = parseInput(
      recordPayoutSchema,
      { paymentId: values.paymentId, method: values.method || undefined, reference: values.reference?.trim() || undefined, disbursedAt: witaDayToInstant(values.disbursedAt ?? "") },
      locale,
    );
    await recordPayout(await viewer(), input.paymentId, { method: input.method, reference: input.reference, disbursedAt: input.disbursedAt });
  } catch (error) {
    const state = paymentFormState(error, locale, formData, t);
    // The payout form names its date field disbursedAt; reasons about dates land there.
    if (state.fields?.paidAt) state.fields = { ...state.fields, disbursedAt: state.fields.paidAt };
    return state;
  }
  revalidatePath("/admin/pencairan");
  if (values.orderId) revalidatePath(`/pesanan/${values.orderId}`);
  redirect("/admin/pencairan?dicairkan=1");
}
