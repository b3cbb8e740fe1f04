import { z } from "zod";
import { NOTIFICATION_CHANNELS, TUNABLE_CATEGORIES } from "@/lib/domain/notifications/kinds";

export const NOTIFICATIONS_PAGE_SIZE = 20;

export const listNotificationsQuerySchema = z.object({
  unread: z.enum(["true", "false"]).optional().transform((v) => v === "true"),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});
export type ListNotificationsQuery = z.infer<typeof listNotificationsQuerySchema>;

/** An Indonesian mobile number, written 08…, 628… or +628…; stored as E.164 (+628…). */
export const whatsappPhoneSchema = z
  .string()
  .trim()
  .transform((v) => v.replace(/[\s.-]/g, ""))
  .refine((v) => /^(\+?62|0)8\d{7,11}$/.test(v), { message: "Nomor WhatsApp tidak valid (contoh 081234567890). / Invalid WhatsApp number (e.g. 081234567890)." })
  .transform((v) => `+62${v.replace(/^(\+?62|0)/, "")}`);

export const savePreferencesSchema = z.object({
  choices: z
    .array(z.object({ category: z.enum(TUNABLE_CATEGORIES as [string, ...string[]]), channel: z.enum(NOTIFICATION_CHANNELS), enabled: z.boolean() }))
    .max(TUNABLE_CATEGORIES.length * NOTIFICATION_CHANNELS.length)
    .default([]),
  emailDigest: z.boolean().optional(),
  locale: z.enum(["id", "en"]).optional(),
  whatsappOptIn: z.boolean().optional(),
});
export type SavePreferencesInput = z.infer<typeof savePreferencesSchema>;
