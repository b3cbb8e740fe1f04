import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { SearchResultCard } from "@/components/catalog/search-result-card";
import { ProofList } from "@/components/storefront/proof-list";
import { SharePanel } from "@/components/storefront/share-panel";
import { Badge } from "@/components/ui/badge";
import { AppError } from "@/lib/errors";
import { formatWitaDate, formatWitaDay } from "@/lib/domain/time/wita";
import { getPublicStorefront } from "@/lib/services/storefront/get-public-storefront";
import { storefrontAbsoluteUrl } from "@/lib/services/storefront/get-storefront-qr";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

// Metadata and page share one read per request; a storefront that is not public is a 404 page.
const load = cache(async (slug: string) => {
  try {
    return await getPublicStorefront(slug);
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const store = await load((await params).slug);
  const [t, tRoot] = await Promise.all([getTranslations("storefront"), getTranslations()]);
  const description = t("metaDescription", { name: store.business.name, scale: tRoot(`scale.${store.business.scale}`), kabupaten: store.business.kabupaten, orders: store.proof.ordersCompleted });
  return {
    title: t("metaTitle", { name: store.business.name }),
    description,
    alternates: { canonical: store.url },
    openGraph: { type: "website", title: store.business.name, description, url: store.url },
  };
}

/** A verified business's public storefront: who they are, what Diskop verified, what the ledger proves, what they sell. */
export default async function StorefrontPage({ params }: Props) {
  const store = await load((await params).slug);
  const [t, tCatalog, tRoot, locale] = await Promise.all([getTranslations("storefront"), getTranslations("catalog"), getTranslations(), getLocale()]);
  const b = store.business;
  return (
    <article data-testid="storefront-page" aria-labelledby="storefront-title" className="space-y-6">
      <p>
        <Link href="/katalog" className="text-sm font-semibold text-emerald-800 underline underline-offset-4">{t("breadcrumb")}</Link>
      </p>
      <header className="space-y-2">
        <div className="flex flex-wrap gap-1">
          {b.isUmk ? <Badge tone="success">{tCatalog("umkBadge")}</Badge> : <Badge tone="warning">{tCatalog("notUmkBadge")}</Badge>}
          <Badge tone="info">{tCatalog("product.verifiedSince", { date: formatWitaDate(store.verified.verifiedAt, locale) })}</Badge>
        </div>
        <h1 id="storefront-title" className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">{b.name}</h1>
        <p className="text-slate-700">{t("place", { scale: tRoot(`scale.${b.scale}`), kabupaten: b.kabupaten })}</p>
      </header>

      {b.photos.length > 0 ? (
        <section aria-labelledby="storefront-photos" className="space-y-2">
          <h2 id="storefront-photos" className="sr-only">{t("photosTitle")}</h2>
          <ul className={b.photos.length === 1 ? "grid grid-cols-1" : "grid grid-cols-2 gap-2 sm:grid-cols-4"}>
            {b.photos.map((photo) => (
              <li key={photo.url}>
                {/* eslint-disable-next-line @next/next/no-img-element -- stored pictures, served as they are */}
                <img src={b.photos.length === 1 ? photo.url : photo.thumbnailUrl} alt={photo.alt} className={`w-full rounded-md border border-slate-200 object-cover ${b.photos.length === 1 ? "aspect-[2/1] max-h-72" : "aspect-[4/3]"}`} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {b.story ? (
        <section aria-labelledby="storefront-story" className="space-y-1">
          <h2 id="storefront-story" className="text-lg font-semibold text-slate-900">{t("storyTitle")}</h2>
          <p data-testid="storefront-story" className="whitespace-pre-line text-slate-800">{b.story}</p>
        </section>
      ) : null}

      <section aria-labelledby="storefront-proof" data-testid="storefront-proof" className="space-y-2">
        <h2 id="storefront-proof" className="text-lg font-semibold text-slate-900">{t("proofTitle")}</h2>
        <p className="text-sm text-slate-700">{t("proofLead")}</p>
        <ProofList proof={store.proof} />
      </section>

      <section aria-labelledby="storefront-verified" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="storefront-verified" className="text-lg font-semibold text-slate-900">{t("verifiedTitle")}</h2>
        <ul className="space-y-1 text-sm text-slate-800">
          <li data-testid="storefront-nib">{t("nibVerified", { nib: store.verified.nib, date: formatWitaDate(store.verified.verifiedAt, locale) })}</li>
          {store.verified.certifications.map((c) => (
            <li key={`${c.kind}-${c.expiresOn ?? ""}`}>
              {c.expiresOn
                ? t("certificationValid", { kind: tCatalog(`certification.${c.kind}`), date: formatWitaDay(c.expiresOn, locale) })
                : t("certificationNoExpiry", { kind: tCatalog(`certification.${c.kind}`) })}
            </li>
          ))}
        </ul>
        {store.verified.certifications.length === 0 ? <p className="text-sm text-slate-600">{t("noCertifications")}</p> : null}
      </section>

      <SharePanel slug={store.slug} absoluteUrl={storefrontAbsoluteUrl(store.slug)} name={b.name} kabupaten={b.kabupaten} ordersCompleted={store.proof.ordersCompleted} />

      <section aria-labelledby="storefront-products" className="space-y-3">
        <h2 id="storefront-products" className="text-lg font-semibold text-slate-900">{t("productsTitle", { count: store.products.length })}</h2>
        {store.products.length === 0 ? (
          <p className="text-sm text-slate-600">{t("noProducts")}</p>
        ) : (
          <ul className="grid grid-cols-2 gap-2 sm:grid-cols-3 sm:gap-3 lg:grid-cols-4">
            {store.products.map((hit) => (
              <li key={hit.id}><SearchResultCard hit={hit} /></li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}
