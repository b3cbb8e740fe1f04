export const DEFAULT_CALLBACK_URL = "/beranda";

/**
 * Keeps only the path of a callback URL, so a crafted link (?callbackUrl=https://evil.example) can never
 * send someone off-site after signing in. next-auth itself may hand us an absolute URL of our own origin.
 */
export const safeCallbackUrl = (value: unknown): string => {
  if (typeof value !== "string" || value === "") return DEFAULT_CALLBACK_URL;
  let url: URL;
  try {
    url = new URL(value, "http://pasar-umk.invalid");
  } catch {
    return DEFAULT_CALLBACK_URL;
  }
  const path = `${url.pathname}${url.search}${url.hash}`;
  if (!path.startsWith("/") || path.startsWith("//") || url.pathname.startsWith("/masuk")) return DEFAULT_CALLBACK_URL;
  return path;
};

/** "/masuk?callbackUrl=/penjual" — slashes stay readable; everything else is encoded. */
export const signInPath = (callbackPath: string) =>
  `/masuk?callbackUrl=${encodeURIComponent(callbackPath).replace(/%2F/gi, "/")}`;
