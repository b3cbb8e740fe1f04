"use server";

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
import { formAction } from "../form-action";
import type { ActionContext } from "../steps";
import { formObject, textField } from "../to-form-state";

const requestIdOf = (formData: FormData) => textField(formData, "requestId");

/** Every decision lands back on the request's page, with the approver's inbox and the buyer's list fresh. */
const backToRequest = {
  revalidate: (_r: unknown, _i: unknown, { formData }: ActionContext) => ["/persetujuan", "/permintaan", `/permintaan/${requestIdOf(formData)}`],
  redirect: (_r: unknown, _i: unknown, { formData }: ActionContext) => `/permintaan/${requestIdOf(formData)}`,
};

export const approveRequestAction = formAction({
  input: (formData) => ({ note: formObject(formData).note || undefined }),
  schema: approvePurchaseRequestSchema,
  run: (viewer, { note }, { formData }) => approvePurchaseRequest(viewer, requestIdOf(formData), { note }),
  ...backToRequest,
});

export const rejectRequestAction = formAction({
  input: (formData) => ({ reason: formObject(formData).reason }),
  schema: rejectPurchaseRequestSchema,
  run: (viewer, input, { formData }) => rejectPurchaseRequest(viewer, requestIdOf(formData), input),
  ...backToRequest,
});

export const returnRequestAction = formAction({
  input: (formData) => ({ note: formObject(formData).note }),
  schema: returnPurchaseRequestSchema,
  run: (viewer, input, { formData }) => returnPurchaseRequest(viewer, requestIdOf(formData), input),
  ...backToRequest,
});

/** Submits a saved draft (or a returned request) as it stands: same lines, budget line, purpose and justification. */
export const resubmitRequestAction = formAction({
  run: async (viewer, _input, { formData, locale }) => {
    const requestId = requestIdOf(formData);
    const request = await getPurchaseRequest(viewer, requestId);
    const resubmission = {
      requestId,
      budgetLineId: request.budgetLineId,
      purpose: request.purpose,
      lines: request.lines.map((l) => ({ productId: l.productId, quantity: l.quantity })),
      justification: request.justification,
      eventId: request.eventId,
      neededBy: request.neededBy,
    };
    return submitPurchaseRequest(viewer, parseInput(submitPurchaseRequestSchema, resubmission, locale));
  },
  ...backToRequest,
});

/**
 * Puts a draft or returned request's lines back in the cart (quantities as requested) and opens the cart in
 * revision mode, where submit updates this same request. Stops at the first line that cannot be restored.
 */
export const reviseRequestAction = formAction({
  run: async (viewer, _input, { formData }) => {
    const request = await getPurchaseRequest(viewer, requestIdOf(formData));
    for (const line of request.lines) await updateCartItem(viewer, { productId: line.productId, quantity: line.quantity });
  },
  revalidate: ["/keranjang"],
  redirect: (_r, _i, { formData }) => `/keranjang?revisi=${requestIdOf(formData)}`,
});
