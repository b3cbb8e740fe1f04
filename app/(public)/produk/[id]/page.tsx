import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { AddToCart } from "@/components/procurement/add-to-cart";
import { Badge } from "@/components/ui/badge";
import { AppError } from "@/lib/errors";
import { formatWitaDate, formatWitaDay } from "@/lib/domain/time/wita";
import { formatCount, formatIdr } from "@/lib/domain/money/rupiah";
import { getPublicProduct } from "@/lib/services/catalog/get-public-product";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

// Metadata and page share one read per request; anything not public is a 404 page.
const load = cache(async (id: string) => {
  try {
    return await getPublicProduct(id, { countView: true });
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const product = await load((await params).id);
  return { title: product.title, description: product.description.slice(0, 160) };
}

export default async function ProductPage({ params }: Props) {
  const product = await load((await params).id);
  const [t, tRoot, tStore, locale] = await Promise.all([getTranslations("catalog"), getTranslations(), getTranslations("storefront"), getLocale()]);
  const isOutOfStock = product.stock <= 0;
  const b = product.business;

  return (
    <article data-testid="product-page" aria-labelledby="product-title" className="space-y-6">
      <p>
        <Link href="/katalog" className="text-sm font-semibold text-emerald-800 underline underline-offset-4">{t("product.back")}</Link>
      </p>
      <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
        <div className="min-w-0 space-y-5">
          <header className="space-y-2">
            <div className="flex flex-wrap gap-1">
              {b.isUmk ? <Badge tone="success">{t("umkBadge")}</Badge> : <Badge tone="warning">{t("notUmkBadge")}</Badge>}
              {isOutOfStock ? <Badge tone="danger">{t("outOfStock")}</Badge> : null}
              <Badge tone={product.isLocal ? "info" : "neutral"}>{product.isLocal ? t("product.local") : t("product.notLocal")}</Badge>
            </div>
            <h1 id="product-title" className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">{product.title}</h1>
            <p className="text-slate-900">
              <span data-testid="product-price" className="text-2xl font-bold tabular-nums">{formatIdr(product.priceIdr)}</span>{" "}
              <span className="text-slate-600">{t("perUnit", { unit: product.unit })}</span>
            </p>
          </header>
          <AddToCart product={product} />

          <section aria-labelledby="photos-title" className="space-y-2">
            <h2 id="photos-title" className="sr-only">{t("product.photos")}</h2>
            {product.photos.length > 0 ? (
              <ul className="grid grid-cols-3 gap-2 sm:grid-cols-5">
                {product.photos.map((photo, i) => (
                  <li key={photo.url}>
                    <a href={photo.url} className="block overflow-hidden rounded-md border border-slate-200">
                      {/* eslint-disable-next-line @next/next/no-img-element -- stored thumbnails, served as they are */}
                      <img src={photo.thumbnailUrl} alt={photo.alt ?? t("product.photoAlt", { title: product.title, n: i + 1 })} loading="lazy" className="aspect-square w-full object-cover" />
                    </a>
                  </li>
                ))}
              </ul>
            ) : (
              <div className="flex h-32 items-center justify-center rounded-lg bg-gradient-to-br from-emerald-50 to-slate-100 text-sm font-medium text-emerald-900">
                {product.category} · {t("product.noPhoto")}
              </div>
            )}
          </section>

          <dl className="grid grid-cols-1 gap-x-6 gap-y-2 rounded-lg border border-slate-200 bg-white p-4 text-sm sm:grid-cols-2">
            <div><dt className="text-slate-600">{t("product.stock")}</dt>
              <dd data-testid="product-stock" className={isOutOfStock ? "font-semibold text-red-800" : "font-semibold text-slate-900"}>
                {isOutOfStock ? t("outOfStock") : t("product.stockValue", { count: formatCount(product.stock, locale), unit: product.unit })}
              </dd></div>
            <div><dt className="text-slate-600">{t("product.minOrder")}</dt><dd className="font-semibold text-slate-900">{t("product.minOrderValue", { count: formatCount(product.minOrder, locale), unit: product.unit })}</dd></div>
            <div><dt className="text-slate-600">{t("product.leadTime")}</dt><dd className="font-semibold text-slate-900">{t("product.leadTimeValue", { days: product.leadTimeDays })}</dd></div>
            <div><dt className="text-slate-600">{t("product.unit")}</dt><dd className="font-semibold text-slate-900">{product.unit}</dd></div>
            <div><dt className="text-slate-600">{t("product.category")}</dt><dd className="font-semibold text-slate-900">{product.category}</dd></div>
            <div><dt className="text-slate-600">{t("product.origin")}</dt><dd className="font-semibold text-slate-900">{product.kabupaten}</dd></div>
            {product.tkdnPercent !== null ? (
              <div><dt className="text-slate-600">{t("product.tkdn")}</dt><dd className="font-semibold tabular-nums text-slate-900">{product.tkdnPercent} %</dd></div>
            ) : null}
          </dl>

          <section aria-labelledby="description-title" className="space-y-1">
            <h2 id="description-title" className="text-lg font-semibold text-slate-900">{t("product.description")}</h2>
            <p className="whitespace-pre-line text-slate-800">{product.description}</p>
          </section>
        </div>

        <aside aria-labelledby="seller-title" data-testid="seller-card" className="h-fit space-y-3 rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="seller-title" className="text-sm font-semibold uppercase tracking-wide text-slate-600">{t("product.sellerCard")}</h2>
          <p className="text-lg font-semibold text-slate-900">{b.name}</p>
          <div className="flex flex-wrap gap-1">
            {b.isUmk ? <Badge tone="success">{t("umkBadge")}</Badge> : <Badge tone="warning">{t("notUmkBadge")}</Badge>}
            <Badge tone="info">{b.verifiedAt ? t("product.verifiedSince", { date: formatWitaDate(b.verifiedAt, locale) }) : t("product.verified")}</Badge>
          </div>
          <dl className="space-y-1 text-sm">
            <div className="flex justify-between gap-2"><dt className="text-slate-600">{t("product.scale")}</dt><dd className="font-medium text-slate-900">{tRoot(`scale.${b.scale}`)}</dd></div>
            <div className="flex justify-between gap-2"><dt className="text-slate-600">{t("product.kabupaten")}</dt><dd className="font-medium text-slate-900">{b.kabupaten}</dd></div>
          </dl>
          <p className="text-xs text-slate-700">{b.isUmk ? t("product.umkNote") : t("product.notUmkNote")}</p>
          <section aria-labelledby="cert-title" className="space-y-1">
            <h3 id="cert-title" className="text-sm font-semibold text-slate-900">{t("product.certifications")}</h3>
            {product.certifications.length === 0 ? (
              <p className="text-sm text-slate-600">{t("product.noCertifications")}</p>
            ) : (
              <ul className="space-y-0.5 text-sm text-slate-800">
                {product.certifications.map((c) => (
                  <li key={`${c.kind}-${c.expiresOn ?? ""}`}>
                    {t(`certification.${c.kind}`)}
                    {c.expiresOn ? <span className="text-slate-600"> · {t("product.validUntil", { date: formatWitaDay(c.expiresOn, locale) })}</span> : null}
                  </li>
                ))}
              </ul>
            )}
          </section>
          {b.storefrontSlug ? (
            <p>
              <Link href={`/toko/${b.storefrontSlug}`} data-testid="visit-storefront" className="text-sm font-semibold text-emerald-800 underline underline-offset-4">{tStore("visitStorefront")}</Link>
            </p>
          ) : null}
          <p>
            <Link href={`/katalog?businessId=${b.id}`} className="text-sm font-semibold text-emerald-800 underline underline-offset-4">{t("product.moreFromSeller")}</Link>
          </p>
        </aside>
      </div>
    </article>
  );
}
