import { z } from "zod";
import { NOTIFICATION_CHANNELS, TUNABLE_CATEGORIES } from "@/lib/domain/notifications/kinds";
import { normalizeIndonesianMobile } from "@/lib/domain/notifications/phone-number";

export const NOTIFICATIONS_PAGE_SIZE = 20;

export const listNotificationsQuerySchema = z.object({
  unread: z.enum(["true", "false"]).optional().transform((v) => v === "true"),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});
export type ListNotificationsQuery = z.infer<typeof listNotificationsQuerySchema>;

/** An Indonesian mobile number, written 08…, 628… or +628…; stored as E.164 (+628…). */
export const whatsappPhoneSchema = z
  .string()
  .max(40)
  .refine((v) => normalizeIndonesianMobile(v) !== null, { message: "Nomor WhatsApp tidak valid (contoh 081234567890). / Invalid WhatsApp number (e.g. 081234567890)." })
  .transform((v) => normalizeIndonesianMobile(v)!);

/** POST /api/v1/me/phone: the number to prove. */
export const requestPhoneCodeSchema = z.object({ phone: whatsappPhoneSchema });
export type RequestPhoneCodeInput = z.output<typeof requestPhoneCodeSchema>;

/** POST /api/v1/me/phone/verify: the six digits received by WhatsApp. */
export const verifyPhoneCodeSchema = z.object({
  code: z.string().trim().regex(/^\d{6}$/, { message: "Kode terdiri dari 6 angka. / The code is 6 digits." }),
});
export type VerifyPhoneCodeInput = z.output<typeof verifyPhoneCodeSchema>;

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
