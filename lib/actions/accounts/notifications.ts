"use server";

import { NOTIFICATION_CHANNELS, TUNABLE_CATEGORIES } from "@/lib/domain/notifications/kinds";
import { safeAppPath } from "@/lib/domain/notifications/safe-link";
import { readAllNotifications, readNotification } from "@/lib/services/notifications/inbox";
import { saveNotificationPreferences, unsubscribeByToken } from "@/lib/services/notifications/preferences";
import { savePreferencesSchema } from "@/lib/validation/notifications";
import { backWithProblem, plainAction } from "../plain-action";
import { textField } from "../to-form-state";

const INBOX = "/notifikasi";
const PREFERENCES = "/akun/notifikasi";

/** Opening an entry marks it read and goes to the thing to act on. */
export const openNotificationAction = plainAction({
  run: (viewer, _input, { formData, locale }) => readNotification(viewer, textField(formData, "id"), locale),
  revalidate: [INBOX],
  redirect: (note) => safeAppPath(note.link),
  onError: backWithProblem(INBOX),
});

export const readAllNotificationsAction = plainAction({
  run: (viewer) => readAllNotifications(viewer),
  revalidate: [INBOX],
  redirect: () => INBOX,
  onError: backWithProblem(INBOX),
});

/** A checkbox per category × channel (`<category>:<channel>`): unticked boxes are absent, so every shown pair is sent. */
export const savePreferencesAction = plainAction({
  input: (formData) => ({
    choices: TUNABLE_CATEGORIES.flatMap((category) =>
      NOTIFICATION_CHANNELS.filter((channel) => channel !== "whatsapp" || formData.get("whatsappShown") === "1").map((channel) => ({
        category,
        channel,
        enabled: formData.get(`${category}:${channel}`) === "on",
      })),
    ),
    emailDigest: formData.get("emailDigest") === "on",
    locale: textField(formData, "locale") || undefined,
    whatsappOptIn: formData.get("whatsappShown") === "1" ? formData.get("whatsappOptIn") === "on" : undefined,
  }),
  schema: savePreferencesSchema,
  run: (viewer, input) => saveNotificationPreferences(viewer, input),
  revalidate: [PREFERENCES],
  redirect: () => `${PREFERENCES}?tersimpan=1`,
  onError: backWithProblem(PREFERENCES),
});

export const unsubscribeAction = plainAction({
  run: (_viewer, _input, { formData }) => unsubscribeByToken(textField(formData, "token")),
  redirect: (done) => `/berhenti?selesai=${encodeURIComponent(done.category)}`,
  onError: (error, { locale }) => `/berhenti?galat=${encodeURIComponent(error.localized[locale])}`,
});
