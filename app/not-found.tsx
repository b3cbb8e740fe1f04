import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations();
  return (
    <section aria-labelledby="not-found-title" data-testid="not-found" className="mx-auto max-w-xl py-10">
      <p className="text-sm font-semibold text-slate-600">404</p>
      <h1 id="not-found-title" className="mt-1 text-2xl font-bold text-slate-900">
        {t("notFound.title")}
      </h1>
      <p className="mt-3 text-slate-700">{t("notFound.body")}</p>
      <p className="mt-6">
        <Link href="/" className="font-semibold text-emerald-800 underline underline-offset-4 hover:text-emerald-950">
          {t("common.backHome")}
        </Link>
      </p>
    </section>
  );
}
