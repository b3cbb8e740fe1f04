import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { formatIdr } from "@/lib/domain/money/rupiah";
import type { ProductHit } from "@/lib/validation/catalog";

/** One search hit: what a buyer compares at a glance, with UMK status spelled out, never implied. */
export async function SearchResultCard({ hit }: { hit: ProductHit }) {
  const t = await getTranslations();
  const isOutOfStock = hit.stock <= 0;
  return (
    <article data-testid="search-result" className="flex h-full flex-col overflow-hidden rounded-lg border border-slate-200 bg-white">
      {hit.thumbnailUrl ? (
        // eslint-disable-next-line @next/next/no-img-element -- thumbnails are already small; no optimizer needed
        <img src={hit.thumbnailUrl} alt="" loading="lazy" className="h-24 w-full object-cover sm:h-32" />
      ) : (
        <div aria-hidden="true" className="flex h-16 items-center justify-center bg-gradient-to-br from-emerald-50 to-slate-100 px-2 text-center text-xs font-medium text-emerald-900 sm:h-24">
          {hit.category}
        </div>
      )}
      <div className="flex flex-1 flex-col gap-1.5 p-2.5 sm:p-3">
        <div className="flex flex-wrap gap-1">
          {hit.business.isUmk ? <Badge tone="success">{t("catalog.umkBadge")}</Badge> : <Badge tone="warning">{t("catalog.notUmkBadge")}</Badge>}
          {isOutOfStock ? <Badge tone="danger">{t("catalog.outOfStock")}</Badge> : null}
        </div>
        <h3 className="text-sm font-semibold leading-snug text-slate-900 sm:text-base">
          <Link href={`/produk/${hit.id}`} className="underline-offset-4 hover:underline focus-visible:underline">
            {hit.title}
          </Link>
        </h3>
        <p className="text-slate-900">
          <span className="block font-bold tabular-nums sm:inline sm:text-lg">{formatIdr(hit.priceIdr)}</span>{" "}
          <span className="text-xs text-slate-600 sm:text-sm">{t("catalog.perUnit", { unit: hit.unit })}</span>
        </p>
        <dl className="mt-auto space-y-0.5 text-xs text-slate-700 sm:text-sm">
          <dt className="sr-only">{t("catalog.seller")}</dt>
          <dd className="line-clamp-2 font-medium text-slate-800">
            {/* The seller's storefront, resolved from the business id (search documents carry no slug). */}
            <Link href={`/toko/usaha/${hit.business.id}`} data-testid="storefront-link" className="underline-offset-4 hover:underline focus-visible:underline">
              {hit.business.name}
            </Link>
          </dd>
          <dt className="sr-only">{t("catalog.scaleLabel")}</dt>
          <dd>{t(`scale.${hit.business.scale}`)}</dd>
          <dt className="sr-only">{t("catalog.origin")}</dt>
          <dd>{hit.kabupaten}</dd>
          <dt className="sr-only">{t("catalog.product.stock")}</dt>
          <dd className={isOutOfStock ? "font-semibold text-red-800" : undefined}>
            {isOutOfStock ? t("catalog.outOfStock") : t("catalog.stock", { count: hit.stock })}
          </dd>
        </dl>
      </div>
    </article>
  );
}
