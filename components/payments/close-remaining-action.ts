"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { currentLocale } from "@/components/procurement/localize";
import type { FormState } from "@/components/seller/form-state";
import { formObject, toFormState } from "@/components/seller/to-form-state";
import { viewer } from "@/lib/auth/viewer";
import { closeRemaining } from "@/lib/services/payments";
import { parseInput } from "@/lib/validation/messages";
import { closeRemainingSchema } from "@/lib/validation/payments";

/** After a partial BAST: cancel what was never delivered, so the order is billed and paid for what arrived. */
export async function closeRemainingAction(_state: FormState, formData: FormData): Promise<FormState> {
  const locale = await currentLocale();
  const values = formObject(formData);
  const orderId = values.orderId ?? "";
  try {
    await closeRemaining(await viewer(), orderId, parseInput(closeRemainingSchema, { reason: values.reason }, locale));
  } catch (error) {
    return toFormState(error, locale, formData);
  }
  revalidatePath(`/pesanan/${orderId}`);
  revalidatePath("/pesanan");
  revalidatePath("/bendahara");
  redirect(`/pesanan/${orderId}`);
}
