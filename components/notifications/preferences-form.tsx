import { getTranslations } from "next-intl/server";
import { savePreferencesAction } from "@/lib/actions/accounts/notifications";
import { NOTIFICATION_CHANNELS } from "@/lib/domain/notifications/kinds";
import type { NotificationPreferencesView } from "@/lib/services/notifications/preferences";

const FIELD = { in_app: "inApp", email: "email", whatsapp: "whatsapp" } as const;

/** A table of checkboxes, one row per category and one column per channel; a plain form, works without JS. */
export async function PreferencesForm({ preferences }: { preferences: NotificationPreferencesView }) {
  const t = await getTranslations("notifications");
  const whatsappUsable = preferences.whatsapp.available && preferences.whatsapp.verified;
  return (
    <form action={savePreferencesAction} className="space-y-6">
      {/* Disabled boxes are not posted: without this marker, saving would switch WhatsApp off everywhere. */}
      {whatsappUsable ? <input type="hidden" name="whatsappShown" value="1" /> : null}
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-sm">
          <caption className="sr-only">{t("preferencesTitle")}</caption>
          <thead className="bg-slate-50 text-left">
            <tr>
              <th scope="col" className="p-3">{t("category")}</th>
              {NOTIFICATION_CHANNELS.map((channel) => (
                <th key={channel} scope="col" className="p-3 text-center">{t(`channels.${channel}`)}</th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {preferences.categories.map((row) => (
              <tr key={row.category}>
                <th scope="row" className="p-3 text-left font-medium text-slate-900">{t(`categories.${row.category}`)}</th>
                {NOTIFICATION_CHANNELS.map((channel) => (
                  <td key={channel} className="p-1 text-center">
                    <label className="inline-flex min-h-11 min-w-11 cursor-pointer items-center justify-center">
                      <span className="sr-only">{`${t(`categories.${row.category}`)}: ${t(`channels.${channel}`)}`}</span>
                      <input
                        type="checkbox"
                        name={`${row.category}:${channel}`}
                        defaultChecked={row[FIELD[channel]]}
                        disabled={channel === "whatsapp" && !whatsappUsable}
                        className="h-5 w-5 accent-emerald-800"
                      />
                    </label>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <label className="flex min-h-11 items-center gap-3">
        <input type="checkbox" name="emailDigest" defaultChecked={preferences.emailDigest} className="h-5 w-5 accent-emerald-800" />
        <span>{t("digest")}</span>
      </label>
      <label className="block space-y-1">
        <span className="font-medium">{t("language")}</span>
        <select name="locale" defaultValue={preferences.locale} className="block min-h-11 rounded-md border border-slate-300 bg-white px-3">
          <option value="id">Bahasa Indonesia</option>
          <option value="en">English</option>
        </select>
      </label>
      <fieldset className="space-y-2 rounded-lg border border-slate-200 p-4">
        <legend className="px-1 font-semibold">{t("whatsappTitle")}</legend>
        {!preferences.whatsapp.available ? (
          <p className="text-sm text-slate-700">{t("whatsappUnavailable")}</p>
        ) : preferences.whatsapp.verified && preferences.whatsapp.phoneMasked ? (
          <>
            <p className="text-sm text-slate-700">{t("whatsappNumber", { phone: preferences.whatsapp.phoneMasked })}</p>
            <label className="flex min-h-11 items-center gap-3">
              <input type="checkbox" name="whatsappOptIn" defaultChecked={preferences.whatsapp.optIn} className="h-5 w-5 accent-emerald-800" />
              <span>{t("whatsappOptIn")}</span>
            </label>
          </>
        ) : (
          <p className="text-sm text-slate-700">{t("whatsappNoNumber")}</p>
        )}
      </fieldset>
      <button type="submit" className="min-h-11 rounded-md bg-emerald-800 px-5 font-semibold text-white hover:bg-emerald-900">
        {t("save")}
      </button>
    </form>
  );
}
