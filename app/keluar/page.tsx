import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { HomeTitle } from "@/components/ui/home-title";
import { readNextAuthCsrfToken } from "@/lib/auth/csrf-token";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("signOut"), robots: { index: false } };
}

/**
 * next-auth's sign-out page (pages.signOut): reached when the header's button posted without its token, i.e.
 * without JavaScript. The same post, now with the token from next-auth's cookie, signs out in one more tap.
 */
export default async function SignOutPage() {
  const [t, csrfToken] = await Promise.all([getTranslations("nav"), readNextAuthCsrfToken()]);
  return (
    <section aria-labelledby="home-title" data-testid="sign-out" className="mx-auto max-w-md space-y-6 py-4">
      <HomeTitle lead={t("signOutLead")}>{t("signOutTitle")}</HomeTitle>
      {csrfToken ? (
        <form method="post" action="/api/auth/signout" className="flex flex-wrap gap-3">
          <input type="hidden" name="csrfToken" value={csrfToken} />
          <input type="hidden" name="callbackUrl" value="/" />
          <button type="submit" className="min-h-11 rounded-md bg-emerald-800 px-5 font-semibold text-white hover:bg-emerald-900">
            {t("signOut")}
          </button>
          <Link href="/beranda" className="inline-flex min-h-11 items-center rounded-md border border-slate-300 px-4 font-semibold text-slate-800 hover:bg-slate-100">
            {t("signOutCancel")}
          </Link>
        </form>
      ) : (
        // No token cookie means next-auth never issued one to this browser: /api/auth/signout's redirect sets it.
        <p>
          <a href="/api/auth/signout" className="font-semibold text-emerald-900 underline underline-offset-2">
            {t("signOutRetry")}
          </a>
        </p>
      )}
    </section>
  );
}
