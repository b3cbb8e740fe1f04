/**
 * What the platform tells people, as data: every notification kind, the preference category it belongs to and
 * who receives it. Categories are what a person switches on or off per channel at /akun/notifikasi.
 */
export const NOTIFICATION_CATEGORIES = [
  "business",
  "orders",
  "payments",
  "requests",
  "events",
  "opportunities",
  "ratings",
  "certifications",
  "operations",
  "account",
] as const;
export type NotificationCategory = (typeof NOTIFICATION_CATEGORIES)[number];

/** Account mail (verification, password reset) is always sent by email and cannot be switched off. */
export const ESSENTIAL_CATEGORIES: readonly NotificationCategory[] = ["account"];

export const NOTIFICATION_CHANNELS = ["in_app", "email", "whatsapp"] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];
/** The channels a worker delivers; in-app is the notification row itself. */
export type OutboundChannel = Exclude<NotificationChannel, "in_app">;

type KindSpec = { category: NotificationCategory; inApp: boolean };

export const NOTIFICATION_KINDS = {
  // seller
  "business.verified": { category: "business", inApp: true },
  "business.rejected": { category: "business", inApp: true },
  "business.suspended": { category: "business", inApp: true },
  "order.placed": { category: "orders", inApp: true },
  "order.cancelled": { category: "orders", inApp: true },
  "order.received": { category: "orders", inApp: true },
  "order.paid": { category: "payments", inApp: true },
  "order.disbursed": { category: "payments", inApp: true },
  "order.rated": { category: "ratings", inApp: true },
  "certification.expiring": { category: "certifications", inApp: true },
  "opportunity.published": { category: "opportunities", inApp: true },
  // diklat (issue 14): a program whose target the UMK matches
  "diklat.invited": { category: "business", inApp: true },
  // buyer
  "request.approved": { category: "requests", inApp: true },
  "request.rejected": { category: "requests", inApp: true },
  "request.returned": { category: "requests", inApp: true },
  "order.accepted": { category: "orders", inApp: true },
  "order.declined": { category: "orders", inApp: true },
  "order.shipped": { category: "orders", inApp: true },
  "event.evidence_missing": { category: "events", inApp: true },
  // PPK
  "request.submitted": { category: "requests", inApp: true },
  "request.waiting": { category: "requests", inApp: true },
  // treasurer and auditor
  "invoice.awaiting_payment": { category: "payments", inApp: true },
  "payment.overdue": { category: "payments", inApp: true },
  "payment.overdue_digest": { category: "payments", inApp: true },
  // admin
  "business.awaiting_verification": { category: "business", inApp: true },
  "delivery.failing": { category: "operations", inApp: true },
  // account mail: email only, never in the inbox
  "account.verify_email": { category: "account", inApp: false },
  "account.password_reset": { category: "account", inApp: false },
} as const satisfies Record<string, KindSpec>;

export type NotificationKind = keyof typeof NOTIFICATION_KINDS;

export const NOTIFICATION_KIND_NAMES = Object.keys(NOTIFICATION_KINDS) as [NotificationKind, ...NotificationKind[]];

export const categoryOf = (kind: NotificationKind): NotificationCategory => NOTIFICATION_KINDS[kind].category;

export const isNotificationKind = (value: unknown): value is NotificationKind =>
  typeof value === "string" && Object.prototype.hasOwnProperty.call(NOTIFICATION_KINDS, value);

/** Categories a person can tune (account mail is not one of them). */
export const TUNABLE_CATEGORIES = NOTIFICATION_CATEGORIES.filter((c) => !ESSENTIAL_CATEGORIES.includes(c));
