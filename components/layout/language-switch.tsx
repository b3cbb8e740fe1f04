import { getLocale, getTranslations } from "next-intl/server";
import { setLocale } from "@/app/actions/locale";
import type { AppLocale } from "@/lib/i18n/locales";

/** A plain form with a server action, so switching language works even before (or without) JavaScript. */
export async function LanguageSwitch() {
  const locale = (await getLocale()) as AppLocale;
  const t = await getTranslations("locale");
  const target: AppLocale = locale === "id" ? "en" : "id";
  const targetName = t(target);
  return (
    <form action={setLocale}>
      <button
        type="submit"
        name="locale"
        value={target}
        lang={target}
        aria-label={t("switchLabel", { language: targetName })}
        className="inline-flex min-h-11 items-center rounded-md border border-slate-300 px-3 text-sm font-medium text-slate-800 hover:bg-slate-100"
      >
        <span aria-hidden="true" className="mr-1.5 text-xs font-bold uppercase text-slate-500">
          {target}
        </span>
        {targetName}
      </button>
    </form>
  );
}
