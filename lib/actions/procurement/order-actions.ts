"use server";

import { getTranslations } from "next-intl/server";
import { AppError } from "@/lib/errors";
import { acceptOrder } from "@/lib/services/procurement/accept-order";
import { cancelOrder } from "@/lib/services/procurement/cancel-order";
import { declineOrder } from "@/lib/services/procurement/decline-order";
import { rateOrder } from "@/lib/services/procurement/rate-order";
import { receiveOrder } from "@/lib/services/procurement/receive-order";
import { shipOrder } from "@/lib/services/procurement/ship-order";
import { cancelOrderSchema, declineOrderSchema, rateOrderSchema, receiveOrderSchema, shipOrderSchema } from "@/lib/validation/procurement";
import { formAction } from "../form-action";
import { formObject } from "../to-form-state";
import { backToOrder, orderIdOf, receivedLines } from "./order-form-input";

export const acceptOrderAction = formAction({
  run: (viewer, _input, { formData }) => acceptOrder(viewer, orderIdOf(formData)),
  ...backToOrder(),
});

export const declineOrderAction = formAction({
  input: (formData) => ({ reason: formObject(formData).reason }),
  schema: declineOrderSchema,
  run: (viewer, input, { formData }) => declineOrder(viewer, orderIdOf(formData), input),
  ...backToOrder(),
});

export const shipOrderAction = formAction({
  input: (formData) => ({ note: formObject(formData).note || undefined }),
  schema: shipOrderSchema,
  run: (viewer, input, { formData }) => shipOrder(viewer, orderIdOf(formData), input),
  ...backToOrder(),
});

export const cancelOrderAction = formAction({
  input: (formData) => ({ reason: formObject(formData).reason }),
  schema: cancelOrderSchema,
  run: (viewer, input, { formData }) => cancelOrder(viewer, orderIdOf(formData), input),
  ...backToOrder(),
});

/** Per-line quantities arrive as `qty_<orderLineId>`; zero or empty lines are simply not received this time. */
export const receiveOrderAction = formAction({
  input: async (formData) => {
    const values = formObject(formData);
    const lines = receivedLines(values);
    if (lines.length === 0) throw new AppError("unprocessable", (await getTranslations("procurement.order"))("receiveNothing"));
    return { lines, note: values.note || undefined };
  },
  schema: receiveOrderSchema,
  run: (viewer, input, { formData }) => receiveOrder(viewer, orderIdOf(formData), input),
  ...backToOrder((received: { bast: { id: string } }) => `?bast=${received.bast.id}`),
});

export const rateOrderAction = formAction({
  input: (formData) => {
    const values = formObject(formData);
    return { stars: Number(values.stars), comment: values.comment || undefined };
  },
  schema: rateOrderSchema,
  run: (viewer, input, { formData }) => rateOrder(viewer, orderIdOf(formData), input),
  ...backToOrder(),
});
