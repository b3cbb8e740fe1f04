"use server";

import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import type { Viewer } from "@/lib/domain/auth/roles";
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

/** A step that carries one text field (the reason or the shipping note), parsed by the step's schema. */
const orderStepWithText = <S extends z.ZodType>(
  schema: S,
  textOf: (values: Record<string, string>) => unknown,
  step: (viewer: Viewer | null, orderId: string, input: z.infer<S>) => Promise<unknown>,
) =>
  formAction({
    input: (formData) => textOf(formObject(formData)),
    schema,
    run: (viewer, input, { formData }) => step(viewer, orderIdOf(formData), input as z.infer<S>),
    ...backToOrder(),
  });

export const declineOrderAction = orderStepWithText(declineOrderSchema, (v) => ({ reason: v.reason }), declineOrder);
export const shipOrderAction = orderStepWithText(shipOrderSchema, (v) => ({ note: v.note || undefined }), shipOrder);
export const cancelOrderAction = orderStepWithText(cancelOrderSchema, (v) => ({ reason: v.reason }), cancelOrder);

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
