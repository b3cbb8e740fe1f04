import { getTranslations } from "next-intl/server";
import { confirmPhoneCodeAction, requestPhoneCodeAction } from "@/lib/actions/accounts/phone";
import type { NotificationPreferencesView } from "@/lib/services/notifications/preferences";

const input = "block min-h-11 w-full max-w-xs rounded-md border border-slate-300 px-3";
const button = "min-h-11 rounded-md bg-emerald-800 px-5 font-semibold text-white hover:bg-emerald-900";

/**
 * The WhatsApp number and its proof: enter a number, receive a 6-digit code by WhatsApp, type it in. Two plain
 * forms, so it works without JavaScript; the code form shows while a number waits for its proof.
 */
export async function PhoneForm({ whatsapp, codeJustSent }: { whatsapp: NotificationPreferencesView["whatsapp"]; codeJustSent: boolean }) {
  const t = await getTranslations("phone");
  return (
    <section id="nomor-whatsapp" aria-labelledby="phone-title" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" data-testid="phone-verification">
      <h2 id="phone-title" className="text-lg font-semibold">{t("title")}</h2>
      <p className="text-sm text-slate-700">{t("lead")}</p>
      {!whatsapp.available ? (
        <p className="text-sm text-slate-700">{t("unavailable")}</p>
      ) : (
        <>
          {whatsapp.phoneMasked ? (
            <p className="text-sm" data-testid="phone-status">
              {t("current", { phone: whatsapp.phoneMasked })} —{" "}
              <strong className={whatsapp.verified ? "text-emerald-900" : "text-amber-900"}>{whatsapp.verified ? t("verified") : t("unverified")}</strong>
            </p>
          ) : null}
          <form action={requestPhoneCodeAction} className="space-y-2">
            <label className="block space-y-1">
              <span className="font-medium">{t("phoneLabel")}</span>
              <input name="phone" type="tel" inputMode="tel" autoComplete="tel" required maxLength={40} data-testid="phone-input" className={input} />
            </label>
            <p className="text-sm text-slate-700">{t("phoneHint")}</p>
            <button type="submit" data-testid="phone-send" className={button}>{t("send")}</button>
          </form>
          {whatsapp.phoneMasked && !whatsapp.verified ? (
            <form action={confirmPhoneCodeAction} className="space-y-2 border-t border-slate-200 pt-3">
              {codeJustSent ? <p role="status" className="text-sm text-emerald-950">{t("sent", { phone: whatsapp.phoneMasked })}</p> : null}
              <label className="block space-y-1">
                <span className="font-medium">{t("codeLabel")}</span>
                <input name="code" inputMode="numeric" pattern="[0-9]{6}" autoComplete="one-time-code" required maxLength={6} data-testid="phone-code" className={input} />
              </label>
              <p className="text-sm text-slate-700">{t("codeHint")}</p>
              <button type="submit" data-testid="phone-confirm" className={button}>{t("confirm")}</button>
            </form>
          ) : null}
        </>
      )}
    </section>
  );
}
