import "server-only";
import { requestLocale } from "@/lib/api/handler";
import type { Locale } from "@/lib/errors";

/**
 * The language of a CSV file. `?lang=id|en` first: the audit pages put the UI's language there, so a download
 * says what the page said (a browser's Accept-Language may be English while the UI is in Bahasa), and an API
 * client gets a fixed format by asking for it. Without it, as every API response: the UI's language cookie,
 * then Accept-Language, then Bahasa Indonesia.
 */
export const exportLocale = (request: Request): Locale => {
  const lang = new URL(request.url).searchParams.get("lang");
  return lang === "id" || lang === "en" ? lang : requestLocale(request);
};
