import { getTranslations } from "next-intl/server";
import { OCDS_PUBLICATION_POLICY_ANCHOR } from "@/lib/domain/ocds/constants";

/**
 * The OCDS publication policy the packages link to (`publicationPolicy`): what is published, what is not,
 * the licence, and the year's downloads. Plain links, so it works without JavaScript.
 */
export async function OpenDataSection({ year }: { year: number }) {
  const t = await getTranslations("ocds");
  const link = (path: string) => `/api/v1/ocds/${path}?fiscalYear=${year}&download=1`;
  return (
    <section id={OCDS_PUBLICATION_POLICY_ANCHOR} aria-labelledby="open-data-title" data-testid="open-data" className="max-w-3xl space-y-2">
      <h2 id="open-data-title" className="text-lg font-semibold text-slate-900">{t("title")}</h2>
      <p className="text-sm text-slate-700">{t("lead", { year })}</p>
      <h3 className="text-base font-semibold text-slate-900">{t("whatTitle")}</h3>
      <p className="text-sm text-slate-700">{t("what")}</p>
      <h3 className="text-base font-semibold text-slate-900">{t("notTitle")}</h3>
      <p className="text-sm text-slate-700">{t("not")}</p>
      <p className="text-sm text-slate-600">{t("when")}</p>
      <ul className="list-disc space-y-1 pl-5 text-sm">
        <li><a className="text-emerald-800 underline" href={link("release-package")}>{t("releases", { year })}</a></li>
        <li><a className="text-emerald-800 underline" href={link("record-package")}>{t("records", { year })}</a></li>
      </ul>
    </section>
  );
}
