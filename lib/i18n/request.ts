import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { WITA_TIME_ZONE } from "@/lib/domain/time/wita";
import { LOCALE_COOKIE, resolveLocale } from "./locales";
import { catalogs } from "./messages";

// Read per request from the cookie set by the language switch; an explicit locale (getTranslations({locale}))
// wins so server code can render a message in a language other than the viewer's.
export default getRequestConfig(async ({ locale: requested }) => {
  const locale = resolveLocale(requested ?? (await cookies()).get(LOCALE_COOKIE)?.value);
  return { locale, messages: catalogs[locale], timeZone: WITA_TIME_ZONE };
});
