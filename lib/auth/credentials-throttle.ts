import "server-only";
import { clientAddressOf } from "@/lib/api/client-address";
import { requestLocale } from "@/lib/api/handler";
import { signInWait } from "@/lib/services/auth/verify-credentials";
import { isUnsafeText } from "@/lib/validation/safe-input";

const MESSAGE = {
  id: (minutes: number) => `Terlalu banyak percobaan masuk yang gagal dari perangkat ini. Coba lagi dalam ${minutes} menit.`,
  en: (minutes: number) => `Too many failed sign-ins from this device. Try again in ${minutes} minute(s).`,
};

/**
 * Before next-auth sees a credentials sign-in: a client that must wait gets 429 with Retry-After and a message, and
 * the password is not even checked. The body keeps next-auth's `{ url }` shape, with `error=rate_limited`, so its
 * client reads the refusal like any other.
 */
export const throttledCredentialsSignIn = async (request: Request): Promise<Response | null> => {
  if (request.method !== "POST" || !new URL(request.url).pathname.endsWith("/callback/credentials")) return null;
  const form = await request.clone().formData().catch(() => null);
  const email = String(form?.get("email") ?? "");
  // What next-auth's own check refuses (no email, control characters, absurd length) is left to it.
  if (!email || email.length > 320 || isUnsafeText(email)) return null;
  let wait: number;
  try {
    wait = await signInWait({ email, ip: clientAddressOf(request.headers) });
  } catch {
    // Postgres down: next-auth's authorize answers "database_unavailable", which the sign-in page explains.
    return null;
  }
  if (wait <= 0) return null;
  const minutes = Math.max(1, Math.ceil(wait / 60));
  const url = new URL("/masuk", request.url);
  url.searchParams.set("error", "rate_limited");
  url.searchParams.set("tunggu", String(wait));
  return Response.json(
    { url: url.toString(), error: { code: "rate_limited", message: MESSAGE[requestLocale(request)](minutes), retryAfterSeconds: wait } },
    { status: 429, headers: { "retry-after": String(wait) } },
  );
};
