import Link from "next/link";
import { redirect } from "next/navigation";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { requireViewer } from "@/app/_lib/require-viewer";
import { BusinessSummary } from "@/components/business/business-summary";
import { StatusNotice } from "@/components/seller/status-notice";
import { SellerProductTable } from "@/components/business/seller-product-table";
import { HomeTitle } from "@/components/ui/home-title";
import { businessesWhere } from "@/lib/auth/scopes";
import { businessActions } from "@/lib/domain/business/business-actions";
import { getPayoutAccount } from "@/lib/services/businesses/payout-account";
import { listSellerHomes } from "@/lib/services/dashboards/list-seller-homes";
import { SellerDemand } from "@/components/exposure/seller-demand";
import { SellerFunnel } from "@/components/exposure/seller-funnel";
import { getSellerFunnel, listListingQuality, listSellerDemand } from "@/lib/services/exposure/get-seller-exposure";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("sellerHome"))("title") };
}

export default async function SellerHomePage() {
  const current = await requireViewer("/penjual");
  const businessIds = businessesWhere(current, "business.read_own");
  // No business yet: the wizard is where a new seller starts (and resumes).
  if (businessIds.length === 0) redirect("/daftar-usaha");

  const [t, tSeller, tSettings, locale] = await Promise.all([
    getTranslations("sellerHome"),
    getTranslations("seller.products"),
    getTranslations("seller.settings"),
    getLocale(),
  ]);
  const businesses = await listSellerHomes(current);
  // Fair exposure (issue 13): each business's funnel, listing quality per product and the demand it could serve.
  const exposure = new Map(
    await Promise.all(
      businesses.flatMap(({ business }) =>
        business
          ? [Promise.all([getSellerFunnel(current, business.id), listListingQuality(current, business.id), listSellerDemand(current, business.id)])
              .then(([funnel, quality, demand]) => [business.id, { funnel, quality: new Map(quality.map((q) => [q.productId, q])), demand }] as const)]
          : [],
      ),
    ),
  );
  const accounts = new Map(
    await Promise.all(businesses.flatMap(({ business }) => (business ? [getPayoutAccount(current, business.id).then((a) => [business.id, a] as const)] : []))),
  );

  return (
    <section data-testid="home-seller" aria-labelledby="home-title" className="space-y-8">
      <HomeTitle>{t("title")}</HomeTitle>
      {businesses.map(({ business, overview, products }) =>
        business ? (
          <div key={business.id} className="space-y-6">
            <StatusNotice
              status={business.verificationStatus}
              reason={business.statusReason}
              recheckDueAt={overview?.recheckDueAt ?? null}
              locale={locale}
              mayResubmit={businessActions(current, business).resubmit}
            />
            <BusinessSummary business={business} locale={locale} />
            {accounts.get(business.id)?.hasAccount === false ? (
              <p role="status" data-testid="payout-account-missing" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
                {tSettings("missingNotice")}{" "}
                <Link href={`/penjual/pengaturan?usaha=${business.id}`} className="font-semibold underline underline-offset-4">{tSettings("fillNow")}</Link>
              </p>
            ) : null}
            <p className="text-sm text-slate-700" data-testid="payout-account-summary">
              {tSettings("accountTitle")}: {accounts.get(business.id)?.display ?? "—"} ·{" "}
              <Link href={`/penjual/pengaturan?usaha=${business.id}`} data-testid="seller-settings-link" className="font-semibold text-emerald-800 underline underline-offset-4">{tSettings("link")}</Link>
            </p>
            <Link
              href={businesses.length > 1 ? `/penjual/produk/baru?usaha=${business.id}` : "/penjual/produk/baru"}
              data-testid="add-product"
              className="inline-flex min-h-11 items-center rounded-md bg-emerald-800 px-4 py-2 font-semibold text-white hover:bg-emerald-900"
            >
              {tSeller("add")}
            </Link>
            <SellerProductTable businessId={business.id} products={products} quality={exposure.get(business.id)?.quality} />
            {exposure.get(business.id) ? (
              <>
                <SellerFunnel funnel={exposure.get(business.id)!.funnel} businessId={business.id} />
                <SellerDemand
                  rows={exposure.get(business.id)!.demand}
                  businessId={business.id}
                  kabupaten={business.kabupaten}
                  addHref={businesses.length > 1 ? `/penjual/produk/baru?usaha=${business.id}` : "/penjual/produk/baru"}
                />
              </>
            ) : null}
          </div>
        ) : null,
      )}
    </section>
  );
}
