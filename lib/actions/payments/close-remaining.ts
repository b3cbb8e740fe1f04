"use server";

import { closeRemaining } from "@/lib/services/payments";
import { closeRemainingSchema } from "@/lib/validation/payments";
import { formAction } from "../form-action";
import { formObject, textField } from "../to-form-state";

const orderIdOf = (formData: FormData) => textField(formData, "orderId");

/** After a partial BAST: cancel what was never delivered, so the order is billed and paid for what arrived. */
export const closeRemainingAction = formAction({
  input: (formData) => ({ reason: formObject(formData).reason }),
  schema: closeRemainingSchema,
  run: (viewer, input, { formData }) => closeRemaining(viewer, orderIdOf(formData), input),
  revalidate: (_order, _input, { formData }) => [`/pesanan/${orderIdOf(formData)}`, "/pesanan", "/bendahara"],
  redirect: (_order, _input, { formData }) => `/pesanan/${orderIdOf(formData)}`,
});
