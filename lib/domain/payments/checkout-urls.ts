// Where Stripe sends the treasurer's browser after a card checkout. Only back into this app: a return URL on
// another origin would make the checkout an open redirect (a link that looks like ours, ending elsewhere).

export type CheckoutReturnUrls = { successUrl: string; cancelUrl: string };
export type CheckoutReturnField = keyof CheckoutReturnUrls;

const originOf = (url: string): string | null => {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
};

/** The pay page's own result and cancel URLs on `appOrigin`; Stripe fills in {CHECKOUT_SESSION_ID}. */
export const defaultCheckoutReturnUrls = (appOrigin: string, orderId: string): CheckoutReturnUrls => {
  const back = `${appOrigin.replace(/\/$/, "")}/bendahara/${encodeURIComponent(orderId)}`;
  return { successUrl: `${back}/kartu?session_id={CHECKOUT_SESSION_ID}`, cancelUrl: `${back}?kartu=batal` };
};

/**
 * The return URLs to give Stripe: the ones asked for when they are on one of `allowedOrigins`, the app's own
 * pages for those left out. `foreign` names the fields that point elsewhere (the caller refuses them).
 */
export const resolveCheckoutReturnUrls = (
  given: Partial<CheckoutReturnUrls>,
  options: { orderId: string; appOrigin: string; allowedOrigins: readonly string[] },
): { urls: CheckoutReturnUrls; foreign: CheckoutReturnField[] } => {
  const defaults = defaultCheckoutReturnUrls(options.appOrigin, options.orderId);
  const allowed = new Set(options.allowedOrigins.map(originOf).filter((o): o is string => o !== null));
  const foreign = (["successUrl", "cancelUrl"] as const).filter((field) => {
    const url = given[field];
    return url !== undefined && !allowed.has(originOf(url) ?? "");
  });
  return { urls: { successUrl: given.successUrl ?? defaults.successUrl, cancelUrl: given.cancelUrl ?? defaults.cancelUrl }, foreign };
};
