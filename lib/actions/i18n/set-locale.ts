"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { LOCALE_COOKIE, resolveLocale } from "@/lib/i18n/locales";

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

/** Back to the page the switch was pressed on; only its path, so the referer cannot send anyone off-site. */
const returnPath = (referer: string | null): string => {
  if (!referer) return "/";
  try {
    const url = new URL(referer);
    const path = `${url.pathname}${url.search}`;
    return path.startsWith("/") && !path.startsWith("//") ? path : "/";
  } catch {
    return "/";
  }
};

/** Stores the UI language in a cookie and reloads the page (a 303 for browsers without JavaScript). */
export async function setLocale(formData: FormData) {
  const locale = resolveLocale(formData.get("locale"));
  (await cookies()).set(LOCALE_COOKIE, locale, {
    path: "/",
    maxAge: ONE_YEAR_SECONDS,
    sameSite: "lax",
    httpOnly: true,
  });
  redirect(returnPath((await headers()).get("referer")));
}
