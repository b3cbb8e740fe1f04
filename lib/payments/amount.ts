// IDR is a two-decimal currency in Stripe's API even though rupiah have no cents in practice:
// Rp 150.000 is sent as 15000000. The app keeps whole rupiah; only this adapter converts.

export const STRIPE_CURRENCY = "idr";

export const toStripeAmount = (idr: number) => {
  if (!Number.isSafeInteger(idr) || idr < 0) throw new RangeError(`Not a whole rupiah amount: ${idr}`);
  return idr * 100;
};

/** Stripe's minor units back to whole rupiah (rounded: Stripe never sends sen for IDR charges we create). */
export const fromStripeAmount = (minor: number) => Math.round(minor / 100);
