import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { formatIdr } from "@/lib/format/money";

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
};

/**
 * No photos exist yet, and nothing may load from the internet: a plain tile with the category name
 * stands in for the picture and costs no bytes.
 */
export async function ProductCard({ product }: { product: ProductCardData }) {
  const t = await getTranslations();
  const isOutOfStock = product.stock <= 0;
  return (
    <article data-testid="product-card" className="flex h-full flex-col overflow-hidden rounded-lg border border-slate-200 bg-white">
      <div className="flex aspect-[4/3] items-center justify-center bg-gradient-to-br from-emerald-50 to-slate-100 px-3 text-center text-sm font-medium text-emerald-900">
        {product.categoryName}
      </div>
      <div className="flex flex-1 flex-col gap-2 p-3">
        <div className="flex flex-wrap gap-1">
          {product.isUmk ? <Badge tone="success">{t("common.umkBadge")}</Badge> : null}
          {isOutOfStock ? <Badge tone="danger">{t("common.outOfStock")}</Badge> : null}
        </div>
        <h3 className="text-base font-semibold leading-snug text-slate-900">{product.title}</h3>
        <p className="text-slate-900">
          <span className="text-lg font-bold tabular-nums">{formatIdr(product.priceIdr)}</span>{" "}
          <span className="text-sm text-slate-600">{t("publicHome.perUnit", { unit: product.unit })}</span>
        </p>
        <dl className="mt-auto grid grid-cols-[auto_1fr] gap-x-2 gap-y-0.5 text-sm">
          <dt className="text-slate-600">{t("publicHome.seller")}</dt>
          <dd className="truncate text-slate-800">{product.sellerName}</dd>
          <dt className="text-slate-600">{t("publicHome.kabupaten")}</dt>
          <dd className="truncate text-slate-800">{product.kabupaten}</dd>
        </dl>
      </div>
    </article>
  );
}
