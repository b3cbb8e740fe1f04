import { clientAddress } from "@/lib/domain/auth/client-address";
import { UNKNOWN_IP } from "@/lib/domain/auth/sign-in-policy";
import { trustedProxies } from "@/lib/env";

type HeaderBag = Headers | Record<string, unknown> | undefined;

const read = (headers: HeaderBag, name: string): string | null => {
  if (!headers) return null;
  const value = headers instanceof Headers ? headers.get(name) : headers[name];
  return typeof value === "string" && value !== "" ? value : null;
};

/**
 * The client address of a request, for per-client limits (sign-in, sign-up, password reset): the socket peer that
 * scripts/serve.mjs stamps on every request, and X-Forwarded-For only as far as TRUSTED_PROXIES vouches for it.
 */
export const clientAddressOf = (headers: HeaderBag): string =>
  clientAddress({ peer: read(headers, "x-pasar-peer-address"), forwardedFor: read(headers, "x-forwarded-for"), trusted: trustedProxies() }) ?? UNKNOWN_IP;
