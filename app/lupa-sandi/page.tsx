import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/accounts/notice";
import { HomeTitle } from "@/components/ui/home-title";
import { requestPasswordResetAction } from "@/lib/actions/accounts/account-links";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("accounts"))("forgotTitle"), robots: { index: false } };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** "Lupa kata sandi?": the same answer whether or not the address has an account. */
export default async function ForgotPasswordPage({ searchParams }: Props) {
  const [t, params] = await Promise.all([getTranslations("accounts"), searchParams]);
  return (
    <section aria-labelledby="home-title" className="mx-auto max-w-md space-y-5" data-testid="forgot-password">
      <HomeTitle lead={t("forgotLead")}>{t("forgotTitle")}</HomeTitle>
      {params.terkirim ? <Notice tone="ok">{t("forgotSent")}</Notice> : null}
      {typeof params.galat === "string" ? <Notice tone="problem">{params.galat}</Notice> : null}
      <form action={requestPasswordResetAction} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
        <label className="block space-y-1">
          <span className="font-medium">{t("email")}</span>
          <input name="email" type="email" required autoComplete="email" data-testid="forgot-email" className="block min-h-11 w-full rounded-md border border-slate-300 px-3" />
        </label>
        <button type="submit" data-testid="forgot-submit" className="min-h-11 rounded-md bg-emerald-800 px-5 font-semibold text-white hover:bg-emerald-900">
          {t("send")}
        </button>
      </form>
      <Link href="/masuk" className="inline-block font-semibold text-emerald-900 underline underline-offset-2">{t("backToSignIn")}</Link>
    </section>
  );
}
