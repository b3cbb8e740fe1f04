import { ESSENTIAL_CATEGORIES, NOTIFICATION_KINDS, type NotificationCategory, type NotificationKind, type OutboundChannel } from "./kinds";

/** A stored choice: a category switched on or off for one channel. Absent rows mean the default. */
export type PreferenceRow = { category: NotificationCategory; channel: "in_app" | OutboundChannel; enabled: boolean };

export type RecipientContact = {
  userId: string;
  isActive: boolean;
  emailVerified: boolean;
  /** Opted in to WhatsApp with a verified number. */
  whatsappReady: boolean;
  /** Email arrives once a day as a digest instead of one mail per event. */
  emailDigest: boolean;
  preferences: readonly PreferenceRow[];
};

export type DeliveryPlan = {
  inApp: boolean;
  /** "now": one mail per notification; "digest": folded into the daily digest. */
  email: "now" | "digest" | null;
  whatsapp: boolean;
};

/** Defaults: in-app and email on for every category; WhatsApp on once a person opted in with a verified number. */
const DEFAULT_ENABLED: Record<"in_app" | OutboundChannel, boolean> = { in_app: true, email: true, whatsapp: true };

export const isEnabled = (preferences: readonly PreferenceRow[], category: NotificationCategory, channel: "in_app" | OutboundChannel) =>
  preferences.find((p) => p.category === category && p.channel === channel)?.enabled ?? DEFAULT_ENABLED[channel];

/**
 * Pure: which channels carry this kind to this person. Suspended accounts get nothing; account mail goes to
 * any address (it is how an address gets verified); other mail only to a verified address, and WhatsApp only to
 * a person who opted in with a verified number — the platform never messages a number nobody proved.
 */
export const planDelivery = (kind: NotificationKind, recipient: RecipientContact): DeliveryPlan => {
  const spec = NOTIFICATION_KINDS[kind];
  if (!recipient.isActive && spec.category !== "account") return { inApp: false, email: null, whatsapp: false };
  if (ESSENTIAL_CATEGORIES.includes(spec.category)) return { inApp: false, email: "now", whatsapp: false };
  const on = (channel: "in_app" | OutboundChannel) => isEnabled(recipient.preferences, spec.category, channel);
  return {
    inApp: spec.inApp && on("in_app"),
    email: recipient.emailVerified && on("email") ? (recipient.emailDigest ? "digest" : "now") : null,
    whatsapp: recipient.whatsappReady && on("whatsapp"),
  };
};
