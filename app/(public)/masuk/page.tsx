import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { safeCallbackUrl } from "@/components/auth/callback-url";
import { toSignInErrorKey } from "@/components/auth/sign-in-errors";
import { SignInForm } from "@/components/auth/sign-in-form";
import { authOptions } from "@/lib/auth/options";
import { viewer } from "@/lib/auth/viewer";
import { DEMO_PASSWORD } from "@/lib/domain/auth/sign-in-policy";
import { isProduction } from "@/lib/env";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("signIn"), robots: { index: false } };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(first(params.callbackUrl));
  const error = first(params.error);
  // Someone already signed in has nothing to do here; an error in the URL is still shown, though.
  if (!error && (await viewer())) redirect(callbackUrl);

  const [t, tAccounts, messages] = await Promise.all([getTranslations("signIn"), getTranslations("accounts"), getMessages()]);
  // The same provider list next-auth serves at /api/auth/providers, read here to save a round trip.
  const oidc = authOptions().providers.find((p) => p.id === "oidc");
  const showDemoHint = !isProduction();

  return (
    <section aria-labelledby="home-title" data-testid="sign-in" className="mx-auto max-w-md space-y-6 py-4">
      <div className="space-y-2">
        <h1 id="home-title" data-testid="home-title" className="text-2xl font-bold text-slate-900">
          {t("title")}
        </h1>
        <p className="text-slate-700">{t("lead")}</p>
      </div>
      {first(params.baru) === "1" ? (
        <p role="status" className="rounded-lg border border-emerald-200 bg-emerald-50 p-3 text-sm text-emerald-950">
          {t("accountCreated")}
        </p>
      ) : null}
      {first(params.sandi) === "baru" || first(params.keluar) === "semua" ? (
        <p role="status" className="rounded-lg border border-emerald-200 bg-emerald-50 p-3 text-sm text-emerald-950">
          {first(params.sandi) === "baru" ? tAccounts("passwordChanged") : tAccounts("signedOutEverywhere")}
        </p>
      ) : null}
      <div className="rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
        {/* Only this form translates in the browser, so only this page ships the translation runtime and its words. */}
        <NextIntlClientProvider messages={{ signIn: messages.signIn }}>
          <SignInForm
            callbackUrl={callbackUrl}
            initialError={error ? toSignInErrorKey(error) : null}
            sso={oidc ? { id: oidc.id, name: oidc.name } : null}
          />
        </NextIntlClientProvider>
      </div>
      <p className="text-sm">
        <Link href="/lupa-sandi" data-testid="forgot-password-link" className="font-semibold text-emerald-800 underline underline-offset-4">
          {tAccounts("forgotLink")}
        </Link>
      </p>
      <p className="text-sm text-slate-700">
        {t("noAccount")}{" "}
        <Link href="/daftar" className="font-semibold text-emerald-800 underline underline-offset-4">
          {t("signUp")}
        </Link>
      </p>
      {showDemoHint ? (
        <aside aria-labelledby="demo-accounts" className="rounded-lg border border-sky-200 bg-sky-50 p-4 text-sm text-sky-950">
          <h2 id="demo-accounts" className="font-semibold">
            {t("demo.title")}
          </h2>
          <p className="mt-1">{t("demo.accounts")}</p>
          <p className="mt-1">
            {t.rich("demo.body", { password: DEMO_PASSWORD, code: (chunks) => <code>{chunks}</code> })}
          </p>
        </aside>
      ) : null}
    </section>
  );
}
