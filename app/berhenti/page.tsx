import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { HomeTitle } from "@/components/ui/home-title";
import { unsubscribeAction } from "@/lib/actions/accounts/notifications";
import { TUNABLE_CATEGORIES, type NotificationCategory } from "@/lib/domain/notifications/kinds";
import { unsubscribeLinkCategory } from "@/lib/services/notifications/preferences";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications"))("unsubscribeTitle"), robots: { index: false } };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const categoryIn = (value: unknown) =>
  typeof value === "string" && (TUNABLE_CATEGORIES as readonly string[]).includes(value) ? (value as NotificationCategory) : null;

/**
 * The unsubscribe link of a mail's body: a confirmation button, not an action on GET (mail scanners follow links).
 * No sign-in needed: the signed token is the authority.
 */
export default async function UnsubscribePage({ searchParams }: Props) {
  const [t, params] = await Promise.all([getTranslations("notifications"), searchParams]);
  const token = typeof params.token === "string" ? params.token : null;
  const done = categoryIn(params.selesai);
  const problem = typeof params.galat === "string" ? params.galat : null;
  const categoryOfToken = token ? unsubscribeLinkCategory(token) : null;
  return (
    <section aria-labelledby="home-title" className="max-w-xl space-y-5">
      <HomeTitle>{t("unsubscribeTitle")}</HomeTitle>
      {done ? (
        <p role="status" className="rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2 text-emerald-950">
          {t("unsubscribeDone", { category: t(`categories.${done}`) })}
        </p>
      ) : problem || !token || !categoryOfToken ? (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-red-950">
          {problem ?? t("unsubscribeInvalid")}
        </p>
      ) : (
        <form action={unsubscribeAction} className="space-y-4">
          <p>{t("unsubscribeLead", { category: t(`categories.${categoryOfToken}`) })}</p>
          <input type="hidden" name="token" value={token} />
          <button type="submit" className="min-h-11 rounded-md bg-emerald-800 px-5 font-semibold text-white hover:bg-emerald-900">
            {t("unsubscribeConfirm")}
          </button>
        </form>
      )}
      <Link href="/akun/notifikasi" className="inline-block font-semibold text-emerald-900 underline underline-offset-2">
        {t("settingsLink")}
      </Link>
    </section>
  );
}
