import { eq, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { notificationPreferences, notificationSettings, users } from "../schema";

export type PreferenceChoice = { category: string; channel: string; enabled: boolean };

export const listPreferences = (db: DbOrTx, userId: string) =>
  db
    .select({ category: notificationPreferences.category, channel: notificationPreferences.channel, enabled: notificationPreferences.enabled })
    .from(notificationPreferences)
    .where(eq(notificationPreferences.userId, userId));

/** Upserts a person's choices (owner-scoped by construction: every row carries their id). */
export const savePreferences = async (db: DbOrTx, userId: string, choices: readonly PreferenceChoice[], at: Date) => {
  if (choices.length === 0) return;
  await db
    .insert(notificationPreferences)
    .values(choices.map((c) => ({ userId, ...c, updatedAt: at })))
    .onConflictDoUpdate({
      target: [notificationPreferences.userId, notificationPreferences.category, notificationPreferences.channel],
      set: { enabled: sql`excluded.enabled`, updatedAt: sql`excluded.updated_at` },
    });
};

export const settingsColumns = {
  locale: notificationSettings.locale,
  emailDigest: notificationSettings.emailDigest,
  whatsappPhone: notificationSettings.whatsappPhone,
  whatsappVerifiedAt: notificationSettings.whatsappVerifiedAt,
  whatsappOptIn: notificationSettings.whatsappOptIn,
  lastDigestOn: notificationSettings.lastDigestOn,
};

export const findNotificationSettings = async (db: DbOrTx, userId: string) => {
  const [row] = await db.select(settingsColumns).from(notificationSettings).where(eq(notificationSettings.userId, userId));
  return row ?? null;
};

export type SettingsPatch = Partial<{
  locale: string;
  emailDigest: boolean;
  whatsappPhone: string | null;
  whatsappVerifiedAt: Date | null;
  whatsappOptIn: boolean;
  lastDigestOn: string;
}>;

export const saveNotificationSettings = async (db: DbOrTx, userId: string, patch: SettingsPatch, at: Date) => {
  await db
    .insert(notificationSettings)
    .values({ userId, ...patch, updatedAt: at })
    .onConflictDoUpdate({ target: notificationSettings.userId, set: { ...patch, updatedAt: at } });
};

export type ContactRow = {
  userId: string;
  name: string;
  email: string;
  isActive: boolean;
  emailVerifiedAt: Date | null;
  locale: string | null;
  emailDigest: boolean | null;
  whatsappPhone: string | null;
  whatsappVerifiedAt: Date | null;
  whatsappOptIn: boolean | null;
};

/** How to reach each of these people: address, verification, language, digest and WhatsApp settings. */
export const findContacts = (db: DbOrTx, userIds: readonly string[]): Promise<ContactRow[]> =>
  userIds.length === 0
    ? Promise.resolve([])
    : db
        .select({
          userId: users.id,
          name: users.name,
          email: users.email,
          isActive: users.isActive,
          emailVerifiedAt: users.emailVerifiedAt,
          locale: notificationSettings.locale,
          emailDigest: notificationSettings.emailDigest,
          whatsappPhone: notificationSettings.whatsappPhone,
          whatsappVerifiedAt: notificationSettings.whatsappVerifiedAt,
          whatsappOptIn: notificationSettings.whatsappOptIn,
        })
        .from(users)
        .leftJoin(notificationSettings, eq(notificationSettings.userId, users.id))
        .where(inArray(users.id, [...userIds]));

/** Every stored choice of these people at once (the fan-out reads them in one query). */
export const listPreferencesOf = (db: DbOrTx, userIds: readonly string[]) =>
  userIds.length === 0
    ? Promise.resolve([])
    : db
        .select({ userId: notificationPreferences.userId, category: notificationPreferences.category, channel: notificationPreferences.channel, enabled: notificationPreferences.enabled })
        .from(notificationPreferences)
        .where(inArray(notificationPreferences.userId, [...userIds]));
