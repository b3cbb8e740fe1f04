import { z } from "zod";
import { instantInput } from "./instant-input";

// Body and query schemas of the payments API, shared by routes, server actions and forms.

const uuid = z.uuid();
const instant = instantInput;

export const PAYMENT_REFERENCE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9 ./\-_]{2,79}$/;

export const recordTransferPaymentSchema = z.object({
  method: z.enum(["sp2d", "up"]).describe("sp2d: treasury payment order; up: the treasurer's cash advance (Uang Persediaan)."),
  reference: z.string().trim().regex(PAYMENT_REFERENCE_PATTERN, "reference").describe("The SP2D or UP number; used once per method."),
  paidAt: instant,
  amountIdr: z.number().int().positive().describe("Whole rupiah; must equal the outstanding invoice amount."),
});
export type RecordTransferPaymentInput = z.infer<typeof recordTransferPaymentSchema>;

// Where Stripe sends the treasurer back; same-origin checks happen in the route (it knows the host).
export const startCardCheckoutSchema = z.object({
  successUrl: z
    .url()
    .max(2_000)
    .optional()
    .describe("Where Stripe returns after paying; must be on this app's origin. Default: the order's pay page result (/bendahara/{id}/kartu)."),
  cancelUrl: z.url().max(2_000).optional().describe("Where Stripe returns on cancel; must be on this app's origin. Default: the order's pay page."),
});
/** What the service needs: the asked-for return URLs and the origins they may point to (the first builds the defaults). */
export type StartCardCheckoutInput = z.infer<typeof startCardCheckoutSchema> & { appOrigin: string; allowedOrigins?: readonly string[] };

const payoutDetailsFields = z.object({
  method: z
    .enum(["bank_transfer", "stripe_transfer"])
    .default("bank_transfer")
    .describe("stripe_transfer: the platform makes a Stripe Connect transfer to the seller's connected account (only for a seller with one)."),
  reference: z
    .string()
    .trim()
    .min(3)
    .max(120)
    .optional()
    .describe("The bank transfer reference (required for bank_transfer). For stripe_transfer optional: the Stripe transfer id (tr_…) is recorded when left out."),
  disbursedAt: instant,
});

// A bank transfer happened outside the app: its reference is the only proof, so it is required.
const referenceForBankTransfer = (value: { method: string; reference?: string }, ctx: z.RefinementCtx) => {
  if (value.method === "bank_transfer" && !value.reference) ctx.addIssue({ code: "custom", path: ["reference"], message: "reference" });
};

export const payoutDetailsSchema = payoutDetailsFields.superRefine(referenceForBankTransfer);
export type PayoutDetailsInput = z.input<typeof payoutDetailsSchema>;

export const recordPayoutSchema = payoutDetailsFields.extend({ paymentId: uuid }).superRefine(referenceForBankTransfer);
export type RecordPayoutInput = z.input<typeof recordPayoutSchema>;

export const closeRemainingSchema = z.object({ reason: z.string().trim().min(5, "reason").max(1_000, "reason") });
export type CloseRemainingInput = z.infer<typeof closeRemainingSchema>;

export const treasuryQueueQuerySchema = z.object({ opdId: uuid.optional() });

export const paymentClockQuerySchema = z.object({
  fiscalYear: z.coerce.number().int().min(2000).max(2100),
  opdId: uuid.optional(),
  public: z
    .enum(["1", "true", "0", "false"])
    .optional()
    .transform((v) => v === "1" || v === "true")
    .describe("1: the public view (days-to-pay per OPD only, no orders or people); no sign-in needed."),
});

export const payoutClockQuerySchema = paymentClockQuerySchema.omit({ opdId: true }).extend({
  public: paymentClockQuerySchema.shape.public.describe("1: the whole platform's figures (no payments, orders, sellers or people); no sign-in needed."),
});
