import { unsubscribeToken } from "@/lib/domain/notifications/unsubscribe-token";
import { categoryOf, ESSENTIAL_CATEGORIES, type NotificationKind } from "@/lib/domain/notifications/kinds";
import { publicBaseUrl, requireEnv } from "@/lib/env";

/** Where links in messages point and the secret that signs unsubscribe links. */
export type LinkConfig = { baseUrl: string; secret: string };

/** From the environment: the app's public URL and NEXTAUTH_SECRET. The dev runner passes its own. */
export const linkConfigFromEnv = (): LinkConfig => ({ baseUrl: publicBaseUrl(), secret: requireEnv("NEXTAUTH_SECRET") });

/**
 * The body link opens a page with a button (a GET must not unsubscribe: mail scanners follow links); the
 * List-Unsubscribe header points at the API, which mail clients POST to (RFC 8058).
 */
const unsubscribeLinks = (base: string, secret: string, userId: string, category: ReturnType<typeof categoryOf>) => {
  if (ESSENTIAL_CATEGORIES.includes(category)) return { unsubscribeUrl: null, oneClickUnsubscribeUrl: null };
  const token = encodeURIComponent(unsubscribeToken(secret, userId, category));
  return { unsubscribeUrl: `${base}/berhenti?token=${token}`, oneClickUnsubscribeUrl: `${base}/api/v1/notifications/unsubscribe?token=${token}` };
};

/** Absolute links for messages that leave the app: the thing to act on, preferences, one-click unsubscribe. */
export const messageLinks = (config: LinkConfig, kind: NotificationKind, userId: string, link: string, params: { token?: unknown } = {}) => {
  const base = config.baseUrl.replace(/\/$/, "");
  const category = categoryOf(kind);
  // Account mail carries its single-use token in the params (dropped once delivered), never in the stored link.
  const query = typeof params.token === "string" ? `?token=${encodeURIComponent(params.token)}` : "";
  return {
    actionUrl: `${base}${link.startsWith("/") ? link : `/${link}`}${query}`,
    preferencesUrl: `${base}/akun/notifikasi`,
    ...unsubscribeLinks(base, config.secret, userId, category),
  };
};
