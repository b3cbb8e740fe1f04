import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/accounts/notice";
import { HomeTitle } from "@/components/ui/home-title";
import { verifyEmailAction } from "@/lib/actions/accounts/account-links";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("accounts"))("verifyTitle"), robots: { index: false } };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The link in the verification mail: one button press confirms (a GET alone does not: mail scanners follow links). */
export default async function VerifyEmailPage({ searchParams }: Props) {
  const [t, params] = await Promise.all([getTranslations("accounts"), searchParams]);
  const token = typeof params.token === "string" ? params.token : null;
  return (
    <section aria-labelledby="home-title" className="mx-auto max-w-md space-y-5" data-testid="verify-email">
      <HomeTitle lead={params.selesai ? undefined : t("verifyLead")}>{t("verifyTitle")}</HomeTitle>
      {typeof params.galat === "string" ? <Notice tone="problem">{params.galat}</Notice> : null}
      {params.selesai ? (
        <>
          <Notice tone="ok">{t("verifyDone")}</Notice>
          <Link href="/daftar-usaha" className="inline-block font-semibold text-emerald-900 underline underline-offset-2">{t("continueRegistration")}</Link>
        </>
      ) : token ? (
        <form action={verifyEmailAction}>
          <input type="hidden" name="token" value={token} />
          <button type="submit" data-testid="verify-email-submit" className="min-h-11 rounded-md bg-emerald-800 px-5 font-semibold text-white hover:bg-emerald-900">
            {t("verifyButton")}
          </button>
        </form>
      ) : (
        <Notice tone="problem">{t("verifyNoToken")}</Notice>
      )}
    </section>
  );
}
