import { unsubscribeToken } from "@/lib/domain/notifications/unsubscribe-token";
import { categoryOf, ESSENTIAL_CATEGORIES, type NotificationKind } from "@/lib/domain/notifications/kinds";
import { publicBaseUrl, requireEnv } from "@/lib/env";

/** Where links in messages point and the secret that signs unsubscribe links. */
export type LinkConfig = { baseUrl: string; secret: string };

/** From the environment: the app's public URL and NEXTAUTH_SECRET. The dev runner passes its own. */
export const linkConfigFromEnv = (): LinkConfig => ({ baseUrl: publicBaseUrl(), secret: requireEnv("NEXTAUTH_SECRET") });

/** Absolute links for messages that leave the app: the thing to act on, preferences, one-click unsubscribe. */
export const messageLinks = (config: LinkConfig, kind: NotificationKind, userId: string, link: string) => {
  const base = config.baseUrl.replace(/\/$/, "");
  const category = categoryOf(kind);
  return {
    actionUrl: `${base}${link.startsWith("/") ? link : `/${link}`}`,
    preferencesUrl: `${base}/akun/notifikasi`,
    unsubscribeUrl: ESSENTIAL_CATEGORIES.includes(category)
      ? null
      : `${base}/api/v1/notifications/unsubscribe?token=${encodeURIComponent(unsubscribeToken(config.secret, userId, category))}`,
  };
};
