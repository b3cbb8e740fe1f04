import { getTranslations } from "next-intl/server";

export async function SiteFooter() {
  const t = await getTranslations("common");
  return (
    <footer className="mt-12 border-t border-slate-200 bg-white">
      <p className="mx-auto max-w-6xl px-4 py-6 text-sm text-slate-600">{t("footer")}</p>
    </footer>
  );
}
