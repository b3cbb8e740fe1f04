import { getLocale, getTranslations } from "next-intl/server";
import { setLocale } from "@/lib/actions/i18n/set-locale";
import type { AppLocale } from "@/lib/i18n/locales";

/**
 * A plain form with a server action, so switching language works even before (or without) JavaScript.
 * An <input type="submit"> rather than a <button>: the page's own form (e.g. sign-in) stays the only
 * `button[type=submit]` on the page.
 */
export async function LanguageSwitch() {
  const locale = (await getLocale()) as AppLocale;
  const t = await getTranslations("locale");
  const target: AppLocale = locale === "id" ? "en" : "id";
  const targetName = t(target);
  // The short name keeps the header on one row at 360 px; the full name goes to assistive technology.
  const shortName = t(target === "id" ? "idShort" : "enShort");
  return (
    <form action={setLocale}>
      <input type="hidden" name="locale" value={target} />
      <input
        type="submit"
        value={shortName}
        lang={target}
        aria-label={t("switchLabel", { language: targetName })}
        data-testid="language-switch"
        className="inline-flex min-h-11 cursor-pointer items-center rounded-md border border-slate-300 bg-white px-3 text-sm font-medium text-slate-800 hover:bg-slate-100"
      />
    </form>
  );
}
