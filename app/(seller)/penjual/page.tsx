import { forbidden } from "next/navigation";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { requireViewer } from "@/app/_lib/require-viewer";
import { BusinessSummary } from "@/components/business/business-summary";
import { SellerProductTable } from "@/components/business/seller-product-table";
import { HomeTitle } from "@/components/ui/home-title";
import { db } from "@/db/client";
import { findSellerBusiness, listSellerProducts } from "@/db/queries/home";
import { can } from "@/lib/domain/auth/can";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("sellerHome"))("title") };
}

export default async function SellerHomePage() {
  const current = await requireViewer("/penjual");
  // Candidates come from the memberships; can() decides which of them this person may actually see.
  const businessIds = [...new Set(current.memberships.map((m) => m.businessId).filter((id) => id !== null))].filter(
    (businessId) => can(current, "business.read_own", { businessId }),
  );
  if (businessIds.length === 0) forbidden();

  const [t, locale] = await Promise.all([getTranslations("sellerHome"), getLocale()]);
  const businesses = await Promise.all(
    businessIds.map(async (businessId) => ({
      business: await findSellerBusiness(db, { businessId }),
      products: await listSellerProducts(db, { businessId }),
    })),
  );

  return (
    <section data-testid="home-seller" aria-labelledby="home-title" className="space-y-8">
      <HomeTitle>{t("title")}</HomeTitle>
      {businesses.map(({ business, products }) =>
        business ? (
          <div key={business.id} className="space-y-6">
            <BusinessSummary business={business} locale={locale} />
            <SellerProductTable businessId={business.id} products={products} />
          </div>
        ) : null,
      )}
    </section>
  );
}
