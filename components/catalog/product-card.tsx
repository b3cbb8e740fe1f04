import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { formatIdr } from "@/lib/domain/money/rupiah";

export type ProductCardData = {
  id: string;
  title: string;
  priceIdr: number;
  unit: string;
  stock: number;
  categoryName: string;
  sellerName: string;
  isUmk: boolean;
  kabupaten: string;
  thumbnailUrl?: string | null;
};

/**
 * The first photo's thumbnail when there is one; otherwise a plain tile with the category name stands in for
 * the picture and costs no bytes (nothing may load from the internet).
 */
export async function ProductCard({ product }: { product: ProductCardData }) {
  const t = await getTranslations();
  const isOutOfStock = product.stock <= 0;
  return (
    <article data-testid="product-card" className="flex h-full flex-col overflow-hidden rounded-lg border border-slate-200 bg-white">
      {product.thumbnailUrl ? (
        // eslint-disable-next-line @next/next/no-img-element -- thumbnails are already small; no optimizer needed
        <img src={product.thumbnailUrl} alt="" loading="lazy" className="h-20 w-full object-cover sm:h-28" />
      ) : (
        <div className="flex h-20 items-center justify-center bg-gradient-to-br from-emerald-50 to-slate-100 px-2 text-center text-xs font-medium text-emerald-900 sm:h-28 sm:text-sm">
          {product.categoryName}
        </div>
      )}
      <div className="flex flex-1 flex-col gap-1.5 p-2.5 sm:p-3">
        <div className="flex flex-wrap gap-1">
          {product.isUmk ? <Badge tone="success">{t("common.umkBadge")}</Badge> : <Badge tone="warning">{t("catalog.notUmkBadge")}</Badge>}
          {isOutOfStock ? <Badge tone="danger">{t("common.outOfStock")}</Badge> : null}
        </div>
        <h3 className="text-sm font-semibold leading-snug text-slate-900 sm:text-base">
          <Link href={`/produk/${product.id}`} className="underline-offset-4 hover:underline focus-visible:underline">
            {product.title}
          </Link>
        </h3>
        <p className="text-slate-900">
          <span className="block font-bold tabular-nums sm:inline sm:text-lg">{formatIdr(product.priceIdr)}</span>{" "}
          <span className="text-xs text-slate-600 sm:text-sm">{t("publicHome.perUnit", { unit: product.unit })}</span>
        </p>
        {/* Labels are for screen readers; sighted users read seller and place from their position. */}
        <dl className="mt-auto space-y-0.5 text-xs text-slate-700 sm:text-sm">
          <dt className="sr-only">{t("publicHome.seller")}</dt>
          <dd className="line-clamp-2 font-medium text-slate-800">{product.sellerName}</dd>
          <dt className="sr-only">{t("publicHome.kabupaten")}</dt>
          <dd>{product.kabupaten}</dd>
        </dl>
      </div>
    </article>
  );
}
