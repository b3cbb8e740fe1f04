import { z } from "zod";
import { NOTIFICATION_CATEGORIES, NOTIFICATION_KIND_NAMES } from "@/lib/domain/notifications/kinds";

export const notificationViewSchema = z.object({
  id: z.uuid(),
  kind: z.enum(NOTIFICATION_KIND_NAMES),
  category: z.enum(NOTIFICATION_CATEGORIES),
  title: z.string().describe("In the request's language."),
  body: z.string(),
  link: z.string().describe("The app path of the thing to act on."),
  createdAt: z.date(),
  readAt: z.date().nullable(),
});

export const notificationPageSchema = z.object({
  notifications: z.array(notificationViewSchema),
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int().describe("Notifications matching the filter."),
  unread: z.number().int().describe("Unread notifications of the caller, whatever the filter."),
});

export const notificationPreferencesSchema = z.object({
  categories: z.array(z.object({ category: z.enum(NOTIFICATION_CATEGORIES), inApp: z.boolean(), email: z.boolean(), whatsapp: z.boolean() })),
  emailDigest: z.boolean().describe("Email arrives once a day at 07:00 WITA instead of one mail per event."),
  locale: z.enum(["id", "en"]).describe("The language of mail and WhatsApp messages."),
  emailVerified: z.boolean().describe("Mail is sent only to a verified address."),
  whatsapp: z.object({ available: z.boolean(), phoneMasked: z.string().nullable(), verified: z.boolean(), optIn: z.boolean() }),
});
