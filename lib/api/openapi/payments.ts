import { z } from "zod";
import {
  closeRemainingSchema, paymentClockQuerySchema, payoutClockQuerySchema, recordPayoutSchema, recordTransferPaymentSchema, startCardCheckoutSchema, treasuryQueueQuerySchema,
} from "@/lib/validation/payments";
import {
  checkoutSessionViewSchema, closedRemainderViewSchema, invoiceDetailViewSchema, invoiceViewSchema, orderPaymentsViewSchema, paymentClockViewSchema,
  paymentViewSchema, payoutClockViewSchema, payoutQueueRowSchema, recordedPaymentViewSchema, recordedPayoutViewSchema, stripeWebhookResultSchema,
  treasuryQueueRowSchema,
} from "@/lib/validation/views/payments";
import { errorResponse, jsonResponse, jsonSchema, queryParameters, type OpenApiFeature } from "./registry";

// Payments endpoints, documented from the same zod schemas the routes parse with; the response shapes are the
// services' own view schemas (lib/validation/views/payments.ts), so the document cannot drift from them.

const idParam = [{ name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } }];
const body = (schema: z.ZodType) => ({ required: true, content: { "application/json": { schema: jsonSchema(schema, "input") } } });
const common = { "401": errorResponse("Not signed in."), "403": errorResponse("Signed in, but not allowed (e.g. not the treasurer of the order's OPD).") };
const invalid = { "400": errorResponse("The body is not JSON."), "422": errorResponse("Invalid body; `error.details` lists each field.") };

export const paymentsFeature: OpenApiFeature = {
  tags: [
    { name: "Payments", description: "Invoices (one per BAST), SP2D/UP transfers, KKPD card payments through Stripe, payouts and the payment clock." },
  ],
  schemas: {
    Invoice: jsonSchema(invoiceViewSchema),
    InvoiceDetail: jsonSchema(invoiceDetailViewSchema),
    Payment: jsonSchema(paymentViewSchema),
    RecordedPayment: jsonSchema(recordedPaymentViewSchema),
    OrderPayments: jsonSchema(orderPaymentsViewSchema),
    CheckoutSession: jsonSchema(checkoutSessionViewSchema),
    StripeWebhookResult: jsonSchema(stripeWebhookResultSchema),
    TreasuryQueue: jsonSchema(z.array(treasuryQueueRowSchema)),
    PayoutQueue: jsonSchema(z.array(payoutQueueRowSchema)),
    Payout: jsonSchema(recordedPayoutViewSchema),
    PaymentClock: jsonSchema(paymentClockViewSchema),
    PayoutClock: jsonSchema(payoutClockViewSchema),
    ClosedRemainder: jsonSchema(closedRemainderViewSchema),
  },
  paths: {
    "/api/v1/orders/{id}/payments": {
      get: {
        tags: ["Payments"], operationId: "getOrderPayments", summary: "An order's invoices, payments, payout and clocks",
        description: "Every party of the order (buyer, PPK, treasurer of the OPD; the seller; auditor and admin of the region). `actions` says what the caller may do now.",
        parameters: idParam,
        responses: { "200": jsonResponse("The money view.", "OrderPayments"), ...common, "404": errorResponse("No such order.") },
      },
      post: {
        tags: ["Payments"], operationId: "recordTransferPayment", summary: "Record an SP2D/UP transfer (treasurer of the order's OPD)",
        description:
          "Pays all open invoices of the order. The amount must equal what is outstanding; the budget line moves committed → realized in the same transaction; the order becomes `paid` when nothing is owed and nothing remains to receive (else stays `invoiced`). SP2D/UP money goes from the treasury straight to the seller, so there is no platform payout for it.",
        parameters: idParam,
        requestBody: body(recordTransferPaymentSchema),
        responses: {
          "201": jsonResponse("Recorded.", "RecordedPayment"), ...common, "400": invalid["400"], "404": errorResponse("No such order."),
          "409": errorResponse("`error.details.reason`: `not_received` (no BAST yet), `already_paid`, `reference_used` (this SP2D/UP number was used), `card_payment_pending`."),
          "422": errorResponse("Invalid body, `amount_mismatch` (with `details.expectedIdr`), `paid_in_future`, `paid_before_bast` (dated before the BAST's WITA day), or `payout_account_missing`: the seller has not entered a payout bank account (`details.field` is `bankAccount`); nothing is written."),
        },
      },
    },
    "/api/v1/orders/{id}/checkout": {
      post: {
        tags: ["Payments"], operationId: "startCardCheckout", summary: "Open a Stripe Checkout Session for a KKPD card payment (treasurer)",
        description:
          "For the outstanding amount (IDR is two-decimal in Stripe's API: Rp 150.000 is sent as 15000000) with `metadata.orderId` and an idempotency key from the order and its invoices, so a retry returns the same session. The payment is `pending` until the webhook says it was paid; the success page never marks it paid.",
        parameters: idParam,
        requestBody: body(startCardCheckoutSchema),
        responses: {
          "201": jsonResponse("The session.", "CheckoutSession"), ...common, "400": invalid["400"], "404": errorResponse("No such order."),
          "409": errorResponse("`card_payments_disabled` (Stripe is not configured), `not_received`, `already_paid`, `card_payment_pending`."),
          "422": errorResponse("Invalid body, `foreign_return_url` (a return URL not on this app's origin: `details` names the field), or `card_limit`: the policy's CARD_LIMIT per payee (this fiscal year, this payment included) — `details.compliance` has the finding."),
          "503": errorResponse("Stripe could not be reached; nothing was recorded."),
        },
      },
    },
    "/api/v1/orders/{id}/close-remaining": {
      post: {
        tags: ["Orders"], operationId: "closeRemaining", summary: "Cancel what a partial BAST left undelivered (buyer or PPK of the OPD)",
        description:
          "The order's total (and UMK/local parts) shrink to what the BASTs received, the committed budget of the undelivered value is released, the undelivered quantities are listed in the response and the audit event, and the order proceeds to payment (`paid` at once when its invoices are already paid). No further BAST is possible afterwards.",
        parameters: idParam,
        requestBody: body(closeRemainingSchema),
        responses: {
          "200": jsonResponse("Closed.", "ClosedRemainder"), ...common, ...invalid, "404": errorResponse("No such order."),
          "409": errorResponse("`wrong_order_status` (nothing received yet: cancel the order instead) or `nothing_outstanding`."),
        },
      },
    },
    "/api/v1/invoices/{id}": {
      get: {
        tags: ["Payments"], operationId: "getInvoice", summary: "A printable invoice (one BAST's received value)",
        parameters: idParam,
        responses: { "200": jsonResponse("The invoice.", "InvoiceDetail"), ...common, "404": errorResponse("No such invoice.") },
      },
    },
    "/api/v1/stripe/webhook": {
      post: {
        tags: ["Payments"], operationId: "stripeWebhook", summary: "Stripe events (called by Stripe; no session)",
        description:
          "The `Stripe-Signature` header is verified on the exact raw body. Each event id is processed exactly once (its id is the primary key of `stripe_events`, inserted in the same transaction as the effects): duplicates and replays answer 200 with `duplicate: true` and change nothing. Handled: `checkout.session.completed` (`payment_status: paid` → payment succeeded, invoices paid, budget realized), `checkout.session.async_payment_succeeded|failed`, `checkout.session.expired` (frees the order for another attempt; ignored after success), `charge.refunded` (budget realized → committed; a full refund reopens the invoices and puts the order back to `invoiced`; a refund arriving before the completion is kept and applied when it arrives). Other types are recorded as `ignored`.",
        parameters: [{ name: "Stripe-Signature", in: "header", required: true, schema: { type: "string" } }],
        requestBody: { required: true, content: { "application/json": { schema: { type: "object", description: "A Stripe Event, byte for byte as Stripe sent it." } } } },
        responses: { "200": jsonResponse("Processed, ignored or duplicate.", "StripeWebhookResult"), "400": errorResponse("Missing or invalid signature: nothing recorded.") },
      },
    },
    "/api/v1/treasury/queue": {
      get: {
        tags: ["Payments"], operationId: "listTreasuryQueue", summary: "Received orders awaiting payment in the treasurer's OPD(s), oldest BAST first",
        parameters: queryParameters(treasuryQueueQuerySchema),
        responses: { "200": jsonResponse("The queue.", "TreasuryQueue"), "400": errorResponse("An invalid parameter."), ...common },
      },
    },
    "/api/v1/payouts": {
      get: {
        tags: ["Payments"], operationId: "listPayoutQueue", summary: "Card payments the platform still owes sellers (admin), oldest first",
        responses: { "200": jsonResponse("The queue.", "PayoutQueue"), ...common },
      },
      post: {
        tags: ["Payments"], operationId: "recordPayout", summary: "Record a disbursement to the seller (admin)",
        description:
          "`bank_transfer` (default; needs no Stripe): the platform paid the seller's payout account outside the app and records the transfer `reference` (required). `stripe_transfer`, for a seller with a Stripe Connect account (`businesses.stripe_account_id`): this call makes the transfer — `POST /v1/transfers` `{ amount: rupiah × 100 (Rp 150.000 → 15000000), currency: \"idr\", destination: the connected account, transfer_group: \"order:<orderId>\", metadata: { orderId, paymentId } }` with the idempotency key `payout:<paymentId>` — while the order and payment are locked and before anything is written, then records the returned id as `stripeTransferId` (and as `reference` unless one is given). If Stripe refuses or cannot be reached the answer is 503 `unavailable` (`details.reason: stripe_transfer_failed`) and nothing is recorded; retrying is safe, the same key never makes a second transfer. One payout per payment. The order is `closed` once it is fully paid (nothing owed or left to receive) and every succeeded card payment of it has a payout; a payout on an order still `invoiced` (more BASTs to come) leaves it so, and it closes when the last payment settles.",
        requestBody: body(recordPayoutSchema),
        responses: {
          "201": jsonResponse("Recorded.", "Payout"), ...common, "400": invalid["400"], "404": errorResponse("No such payment."),
          "409": errorResponse("`already_disbursed`, `not_disbursable` (not a succeeded card payment: transfers go straight to the seller), or `stripe_transfers_disabled` (stripe_transfer without Stripe configured)."),
          "422": errorResponse("Invalid body (a bank_transfer without `reference`), `no_connected_account` (stripe_transfer for a seller without a Stripe Connect account), `no_bank_account`, `disbursed_in_future` or `disbursed_before_paid`."),
          "503": errorResponse("`unavailable` with `details.reason: stripe_transfer_failed`: Stripe refused or did not answer the Connect transfer; nothing was recorded, retry safely."),
        },
      },
    },
    "/api/v1/payouts/clock": {
      get: {
        tags: ["Payments"], operationId: "getPayoutClock", summary: "The platform's clock: days from card payment to payout over a fiscal year (WITA)",
        description:
          "Signed in with payout.record (admin): the regions the caller disburses for. `public=1`: the whole platform's figures, no payments, orders, sellers or people, no sign-in.",
        parameters: queryParameters(payoutClockQuerySchema),
        responses: { "200": jsonResponse("The clock.", "PayoutClock"), "400": errorResponse("An invalid parameter."), ...common },
      },
    },
    "/api/v1/payment-clock": {
      get: {
        tags: ["Payments"], operationId: "getPaymentClock", summary: "Days from BAST to payment per OPD over a fiscal year (WITA)",
        description:
          "Signed in with payment_clock.read: the treasurer's OPD(s), the auditor's or admin's region, with the overdue orders. `public=1`: every OPD's days-to-pay and counts, no orders, sellers or people, no sign-in.",
        parameters: queryParameters(paymentClockQuerySchema),
        responses: { "200": jsonResponse("The clock.", "PaymentClock"), "400": errorResponse("An invalid parameter."), ...common },
      },
    },
  },
};
