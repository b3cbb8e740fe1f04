import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/accounts/notice";
import { HomeTitle } from "@/components/ui/home-title";
import { confirmPasswordResetAction } from "@/lib/actions/accounts/account-links";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("accounts"))("resetTitle"), robots: { index: false } };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The link in the reset mail: a new password, typed twice. */
export default async function ResetPasswordPage({ searchParams }: Props) {
  const [t, params] = await Promise.all([getTranslations("accounts"), searchParams]);
  const token = typeof params.token === "string" ? params.token : null;
  const input = "block min-h-11 w-full rounded-md border border-slate-300 px-3";
  return (
    <section aria-labelledby="home-title" className="mx-auto max-w-md space-y-5" data-testid="reset-password">
      <HomeTitle lead={t("resetLead")}>{t("resetTitle")}</HomeTitle>
      {typeof params.galat === "string" ? <Notice tone="problem">{params.galat}</Notice> : null}
      {token ? (
        <form action={confirmPasswordResetAction} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
          <input type="hidden" name="token" value={token} />
          <label className="block space-y-1">
            <span className="font-medium">{t("newPassword")}</span>
            <input name="password" type="password" required minLength={10} maxLength={200} autoComplete="new-password" data-testid="reset-password-new" className={input} />
          </label>
          <label className="block space-y-1">
            <span className="font-medium">{t("confirmPassword")}</span>
            <input name="passwordConfirm" type="password" required minLength={10} maxLength={200} autoComplete="new-password" data-testid="reset-password-confirm" className={input} />
          </label>
          <button type="submit" data-testid="reset-password-submit" className="min-h-11 rounded-md bg-emerald-800 px-5 font-semibold text-white hover:bg-emerald-900">
            {t("save")}
          </button>
        </form>
      ) : (
        <Notice tone="problem">{t("resetNoToken")}</Notice>
      )}
      <Link href="/lupa-sandi" className="inline-block font-semibold text-emerald-900 underline underline-offset-2">{t("requestNew")}</Link>
    </section>
  );
}
