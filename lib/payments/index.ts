// The payment port: everything the services need from Stripe, in the app's own types.
export { fromStripeAmount, STRIPE_CURRENCY, toStripeAmount } from "./amount";
export { cardPaymentsEnabled, checkoutOrigin } from "./card-payments";
export { checkoutIdempotencyKey, createCheckoutSession, type CheckoutRequest, type CheckoutSession } from "./checkout";
export { chargeOf, checkoutSessionOf, verifyWebhook, type VerifiedEvent } from "./webhook";
export { createTransfer, PaymentProviderError, stripeTransfersEnabled, transferIdempotencyKey, type Transfer, type TransferRequest } from "./transfer";
