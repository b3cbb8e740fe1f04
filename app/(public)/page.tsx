import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ProductCard } from "@/components/catalog/product-card";
import { EmptyState } from "@/components/ui/empty-state";
import { HomeTitle } from "@/components/ui/home-title";
import { SectionHeading } from "@/components/ui/section-heading";
import { sellPathFor } from "@/components/layout/role-homes";
import { StatTile } from "@/components/ui/stat-tile";
import { viewer } from "@/lib/auth/viewer";
import { rolesOf } from "@/lib/domain/auth/roles";
import { formatCount } from "@/lib/domain/money/rupiah";
import { getCatalogHome } from "@/lib/services/catalog/get-catalog-home";
import { ShowcaseMemberList } from "@/components/exposure/showcase-members";
import { listShowcases } from "@/lib/services/showcases/read-showcases";

export const dynamic = "force-dynamic";

const NEWEST_LIMIT = 24;

export default async function PublicHomePage() {
  const [t, tCatalog, tShowcase, locale, { products, counts }, current, showcases] = await Promise.all([
    getTranslations("publicHome"),
    getTranslations("catalog"),
    getTranslations("exposure.showcase"),
    getLocale(),
    getCatalogHome({ limit: NEWEST_LIMIT }),
    viewer(),
    listShowcases(),
  ]);
  // Etalase (issue 13): the newest published showcase's spotlight, which rotates on its own schedule.
  const showcase = showcases[0];
  const sellPath = sellPathFor(current ? { roles: rolesOf(current) } : null);

  return (
    <section data-testid="home-public" aria-labelledby="home-title" className="space-y-8">
      <HomeTitle lead={t("lead")}>{t("title")}</HomeTitle>

      <form action="/katalog" method="get" role="search" className="flex max-w-xl gap-2">
        <label htmlFor="home-search" className="sr-only">{tCatalog("searchLabel")}</label>
        <input id="home-search" type="search" name="q" placeholder={tCatalog("searchPlaceholder")} enterKeyHint="search" className="min-h-11 w-full min-w-0 flex-1 rounded-md border border-slate-400 bg-white px-3 text-base text-slate-900" />
        <button type="submit" className="min-h-11 shrink-0 rounded-md bg-emerald-800 px-4 font-semibold text-white hover:bg-emerald-900">{tCatalog("searchSubmit")}</button>
      </form>

      <dl aria-label={t("statsLabel")} className="grid grid-cols-2 gap-3 sm:max-w-md">
        <StatTile label={t("statProducts")} value={formatCount(counts.products, locale)} />
        <StatTile label={t("statVerifiedUmk")} value={formatCount(counts.verifiedUmk, locale)} />
      </dl>

      {sellPath ? (
        <section aria-labelledby="home-sell-title" data-testid="home-sell" className="max-w-3xl space-y-2 rounded-lg border border-emerald-200 bg-emerald-50 p-4">
          <h2 id="home-sell-title" className="text-lg font-semibold text-emerald-950">{t("sellTitle")}</h2>
          <p className="text-slate-800">{t("sellLead")}</p>
          <Link href={sellPath} data-testid="home-sell-link" className="inline-flex min-h-11 items-center rounded-md bg-emerald-800 px-4 font-semibold text-white hover:bg-emerald-900">
            {t("sellCta")}
          </Link>
        </section>
      ) : null}

      {showcase && showcase.spotlight.length > 0 ? (
        <section aria-labelledby="home-showcase-title" data-testid="home-showcase" className="space-y-3">
          <SectionHeading id="home-showcase-title" aside={<Link href={`/etalase/${showcase.slug}`} className="font-semibold text-emerald-800 underline underline-offset-4">{tShowcase("seeAll")}</Link>}>
            {tShowcase("homeTitle", { title: showcase.title })}
          </SectionHeading>
          <p className="text-sm text-slate-700">{showcase.theme}</p>
          <ShowcaseMemberList members={showcase.spotlight} testId="home-showcase-spotlight" />
        </section>
      ) : null}

      <section aria-labelledby="latest-products" className="space-y-3">
        <SectionHeading id="latest-products">{t("latest")}</SectionHeading>
        {products.length === 0 ? (
          <EmptyState>{t("empty")}</EmptyState>
        ) : (
          <ul className="grid grid-cols-2 gap-2 sm:gap-3 md:grid-cols-3 lg:grid-cols-4">
            {products.map((p) => (
              <li key={p.id}>
                <ProductCard
                  product={{ ...p, categoryName: locale === "en" ? p.categoryNameEn : p.categoryNameId }}
                />
              </li>
            ))}
          </ul>
        )}
      </section>
    </section>
  );
}
