import { getLocale, getTranslations } from "next-intl/server";
import { ProductCard } from "@/components/catalog/product-card";
import { EmptyState } from "@/components/ui/empty-state";
import { HomeTitle } from "@/components/ui/home-title";
import { SectionHeading } from "@/components/ui/section-heading";
import { StatTile } from "@/components/ui/stat-tile";
import { db } from "@/db/client";
import { countPublicCatalog, listPublicProducts } from "@/db/queries/home";
import { formatCount } from "@/lib/format/money";

export const dynamic = "force-dynamic";

const NEWEST_LIMIT = 24;

export default async function PublicHomePage() {
  const [t, locale, products, counts] = await Promise.all([
    getTranslations("publicHome"),
    getLocale(),
    listPublicProducts(db, { limit: NEWEST_LIMIT }),
    countPublicCatalog(db),
  ]);

  return (
    <section data-testid="home-public" aria-labelledby="home-title" className="space-y-8">
      <HomeTitle lead={t("lead")}>{t("title")}</HomeTitle>

      <dl aria-label={t("statsLabel")} className="grid grid-cols-2 gap-3 sm:max-w-md">
        <StatTile label={t("statProducts")} value={formatCount(counts.products, locale)} />
        <StatTile label={t("statVerifiedUmk")} value={formatCount(counts.verifiedUmk, locale)} />
      </dl>

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
