import { db } from "@/db/client";
import { findContacts, findNotificationSettings, listPreferences, saveNotificationSettings, savePreferences } from "@/db/queries/notification-preferences";
import { requireSignedIn } from "@/lib/auth/authorize";
import type { Viewer } from "@/lib/domain/auth/roles";
import { isEnabled, type PreferenceRow } from "@/lib/domain/notifications/delivery-plan";
import { TUNABLE_CATEGORIES, type NotificationCategory } from "@/lib/domain/notifications/kinds";
import { readUnsubscribeToken } from "@/lib/domain/notifications/unsubscribe-token";
import { maskPhone } from "@/lib/domain/notifications/phone-number";
import { requireEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { SavePreferencesInput } from "@/lib/validation/notifications";
import { isWhatsAppAvailable } from "@/lib/whatsapp/cloud-api";

export type NotificationPreferencesView = {
  categories: Array<{ category: NotificationCategory; inApp: boolean; email: boolean; whatsapp: boolean }>;
  emailDigest: boolean;
  locale: "id" | "en";
  emailVerified: boolean;
  whatsapp: { available: boolean; phoneMasked: string | null; verified: boolean; optIn: boolean };
};

export { maskPhone } from "@/lib/domain/notifications/phone-number";

/** The person's own choices, with the defaults filled in for categories they never touched. */
export const getNotificationPreferences = async (viewer: Viewer | null): Promise<NotificationPreferencesView> => {
  requireSignedIn(viewer);
  const me = viewer;
  const [rows, settings, [contact]] = await Promise.all([listPreferences(db, me.userId), findNotificationSettings(db, me.userId), findContacts(db, [me.userId])]);
  const preferences = rows as PreferenceRow[];
  return {
    categories: TUNABLE_CATEGORIES.map((category) => ({
      category,
      inApp: isEnabled(preferences, category, "in_app"),
      email: isEnabled(preferences, category, "email"),
      whatsapp: isEnabled(preferences, category, "whatsapp"),
    })),
    emailDigest: settings?.emailDigest ?? false,
    locale: settings?.locale === "en" ? "en" : "id",
    emailVerified: Boolean(contact?.emailVerifiedAt),
    whatsapp: {
      available: isWhatsAppAvailable(),
      phoneMasked: settings?.whatsappPhone ? maskPhone(settings.whatsappPhone) : null,
      verified: Boolean(settings?.whatsappVerifiedAt),
      optIn: settings?.whatsappOptIn ?? false,
    },
  };
};

/**
 * Saves the person's choices in one transaction. WhatsApp can be switched on only with a verified number: the
 * platform never messages a number nobody proved (422 otherwise).
 */
export const saveNotificationPreferences = async (viewer: Viewer | null, input: SavePreferencesInput, now = new Date()) => {
  requireSignedIn(viewer);
  const me = viewer;
  await db.transaction(async (tx) => {
    // Switching WhatsApp on — the consent, or the channel of any category — needs a proven number.
    if (input.whatsappOptIn || input.choices.some((c) => c.channel === "whatsapp" && c.enabled)) {
      const settings = await findNotificationSettings(tx, me.userId);
      if (!settings?.whatsappVerifiedAt) {
        throw new AppError(
          "unprocessable",
          { id: "Verifikasi nomor WhatsApp dulu sebelum mengaktifkan pesan WhatsApp.", en: "Verify your WhatsApp number before switching WhatsApp messages on." },
          [{ path: "whatsappOptIn", code: "whatsapp_not_verified" }],
        );
      }
    }
    await savePreferences(tx, me.userId, input.choices, now);
    const patch = {
      ...(input.emailDigest === undefined ? {} : { emailDigest: input.emailDigest }),
      ...(input.locale === undefined ? {} : { locale: input.locale }),
      ...(input.whatsappOptIn === undefined ? {} : { whatsappOptIn: input.whatsappOptIn }),
    };
    if (Object.keys(patch).length > 0) await saveNotificationSettings(tx, me.userId, patch, now);
  });
  return getNotificationPreferences(me);
};

/** The category a mail's unsubscribe link names, if we signed it: what the confirmation page shows. */
export const unsubscribeLinkCategory = (token: string): NotificationCategory | null =>
  readUnsubscribeToken(requireEnv("NEXTAUTH_SECRET"), token)?.category ?? null;

/**
 * One-click unsubscribe (RFC 8058) from a link in a mail: no session, the signed token names the person and the
 * category, and only that category's email is switched off. A token we did not sign is 400.
 */
export const unsubscribeByToken = async (token: string, now = new Date()) => {
  const target = readUnsubscribeToken(requireEnv("NEXTAUTH_SECRET"), token);
  if (!target) throw new AppError("bad_request", { id: "Tautan berhenti berlangganan tidak valid.", en: "Invalid unsubscribe link." });
  await savePreferences(db, target.userId, [{ category: target.category, channel: "email", enabled: false }], now);
  return { category: target.category };
};
