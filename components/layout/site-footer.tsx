import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function SiteFooter() {
  const [t, tp, td] = await Promise.all([getTranslations("common"), getTranslations("payments.transparency"), getTranslations("demand")]);
  return (
    <footer className="mt-12 border-t border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-6 text-sm text-slate-600">
        <p>{t("footer")}</p>
        <Link href="/transparansi" data-testid="footer-transparency" className="font-semibold text-emerald-800 underline underline-offset-4">
          {tp("footerLink")}
        </Link>
        {/* wa (issue 13) */}
        <Link href="/kebutuhan-rutin" data-testid="footer-demand-calendar" className="font-semibold text-emerald-800 underline underline-offset-4">
          {td("footerLink")}
        </Link>
      </div>
    </footer>
  );
}
