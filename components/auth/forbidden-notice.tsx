import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** Shown in place of a home when the signed-in person lacks the role: explains instead of crashing. */
export async function ForbiddenNotice() {
  const t = await getTranslations();
  return (
    <section aria-labelledby="forbidden-title" data-testid="forbidden" className="mx-auto max-w-xl py-10">
      <p className="text-sm font-semibold text-slate-600">403</p>
      <h1 id="forbidden-title" data-testid="forbidden-title" className="mt-1 text-2xl font-bold text-slate-900">
        {t("forbidden.title")}
      </h1>
      <p className="mt-3 text-slate-700">{t("forbidden.body")}</p>
      <p className="mt-6">
        {/* /beranda sends a signed-in person to the home their roles do allow. */}
        <Link href="/beranda" className="font-semibold text-emerald-800 underline underline-offset-4 hover:text-emerald-950">
          {t("common.backHome")}
        </Link>
      </p>
    </section>
  );
}
