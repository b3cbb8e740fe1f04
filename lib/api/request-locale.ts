import type { Locale } from "@/lib/errors";

/** Errors answer in English when the client asks for it (Accept-Language or the UI cookie), else Indonesian. */
export const requestLocale = (request: Request): Locale => {
  const cookie = request.headers.get("cookie") ?? "";
  const fromCookie = /(?:^|;\s*)NEXT_LOCALE=(id|en)/.exec(cookie)?.[1];
  if (fromCookie === "en" || fromCookie === "id") return fromCookie;
  return /^en\b/i.test(request.headers.get("accept-language") ?? "") ? "en" : "id";
};
