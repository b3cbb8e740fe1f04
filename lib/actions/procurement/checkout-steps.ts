import "server-only";
import type { CheckoutValues } from "./checkout-state";
import type { Viewer } from "@/lib/domain/auth/roles";
import type { Locale } from "@/lib/errors";
import { getCart } from "@/lib/services/procurement/get-cart";
import type { ComplianceView } from "@/lib/validation/views/procurement";
import { submitPurchaseRequest } from "@/lib/services/procurement/submit-purchase-request";
import { parseInput } from "@/lib/validation/messages";
import { cartPreviewSchema, submitPurchaseRequestSchema } from "@/lib/validation/procurement";
import { courtesyPreviewInput, previewInput, submissionInput, type CheckoutIntent } from "./checkout-input";

export type CheckoutOutcome =
  | { kind: "preview"; compliance: ComplianceView | null }
  | { kind: "empty_cart" }
  | { kind: "submitted"; requestId: string };

/** preview re-evaluates the cart (the live compliance preview); draft saves a draft request; submit submits. */
export const runCheckout = async (viewer: Viewer | null, intent: CheckoutIntent, values: CheckoutValues, locale: Locale): Promise<CheckoutOutcome> => {
  if (intent === "preview") {
    const cart = await getCart(viewer, parseInput(cartPreviewSchema, previewInput(values), locale));
    return { kind: "preview", compliance: cart.compliance };
  }
  const cart = await getCart(viewer, {});
  const lines = cart.sellers.flatMap((s) => s.items.map((i) => ({ productId: i.productId, quantity: i.quantity })));
  if (lines.length === 0) return { kind: "empty_cart" };
  const input = parseInput(submitPurchaseRequestSchema, submissionInput(values, lines, intent), locale);
  return { kind: "submitted", requestId: (await submitPurchaseRequest(viewer, input)).id };
};

/** The live preview shown beside an error that carries no decision of its own; a courtesy, so it never fails. */
export const courtesyPreview = async (viewer: Viewer | null, values: CheckoutValues): Promise<ComplianceView | null> => {
  const preview = courtesyPreviewInput(values);
  if (!preview) return null;
  try {
    return (await getCart(viewer, preview)).compliance;
  } catch {
    // The error the clerk is shown is what they need to read; a missing preview is not worth a second message.
    return null;
  }
};
