import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireViewer } from "@/app/_lib/require-viewer";
import { Notice } from "@/components/accounts/notice";
import { HomeTitle } from "@/components/ui/home-title";
import { changePasswordAction, signOutEverywhereAction } from "@/lib/actions/accounts/sessions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("accounts"))("accountTitle") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const input = "block min-h-11 w-full rounded-md border border-slate-300 px-3";
const button = "min-h-11 rounded-md bg-emerald-800 px-5 font-semibold text-white hover:bg-emerald-900";

/** Any signed-in person's account: a new password, ending every session, and the way to notifications and tokens. */
export default async function AccountPage({ searchParams }: Props) {
  await requireViewer("/akun");
  const [t, params] = await Promise.all([getTranslations("accounts"), searchParams]);
  return (
    <section aria-labelledby="home-title" className="max-w-2xl space-y-6" data-testid="account">
      <HomeTitle lead={t("accountLead")}>{t("accountTitle")}</HomeTitle>
      {typeof params.galat === "string" ? <Notice tone="problem">{params.galat}</Notice> : null}
      <nav aria-label={t("accountTitle")} className="flex flex-wrap gap-4">
        <Link href="/akun/notifikasi" className="font-semibold text-emerald-900 underline underline-offset-2">{t("notificationsLink")}</Link>
        <Link href="/akun/token" className="font-semibold text-emerald-900 underline underline-offset-2">{t("tokensLink")}</Link>
      </nav>
      <section aria-labelledby="change-password" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="change-password" className="text-lg font-semibold">{t("changePasswordTitle")}</h2>
        <form action={changePasswordAction} className="space-y-3">
          <label className="block space-y-1">
            <span className="font-medium">{t("currentPassword")}</span>
            <input name="currentPassword" type="password" required autoComplete="current-password" data-testid="current-password" className={input} />
          </label>
          <label className="block space-y-1">
            <span className="font-medium">{t("newPassword")}</span>
            <input name="newPassword" type="password" required minLength={10} maxLength={200} autoComplete="new-password" data-testid="new-password" className={input} />
          </label>
          <p className="text-sm text-slate-700">{t("changePasswordHint")}</p>
          <button type="submit" data-testid="change-password-submit" className={button}>{t("changePassword")}</button>
        </form>
      </section>
      <section aria-labelledby="sessions" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="sessions" className="text-lg font-semibold">{t("sessionsTitle")}</h2>
        <p className="text-slate-700">{t("sessionsLead")}</p>
        <form action={signOutEverywhereAction}>
          <button type="submit" data-testid="sign-out-everywhere" className={button}>{t("signOutEverywhere")}</button>
        </form>
      </section>
    </section>
  );
}
