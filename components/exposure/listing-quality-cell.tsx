import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { LISTING_HINT_NAMES, type ListingHintCode, type ListingQuality } from "@/lib/domain/catalog/listing-quality";

/** Where each hint is fixed: the product's edit form (photos section or the field itself) or the certifications step. */
const fixHref = (productId: string, code: ListingHintCode): string => {
  const edit = `/penjual/produk/${productId}`;
  switch (code) {
    case "NO_PHOTOS":
    case "FEW_PHOTOS":
    case "SMALL_PHOTOS":
      return `${edit}#photos`;
    case "SHORT_DESCRIPTION":
      return `${edit}#field-description`;
    case "NO_UNIT":
      return `${edit}#field-unit`;
    case "PRICE_FAR_ABOVE_MEDIAN":
    case "PRICE_FAR_BELOW_MEDIAN":
      return `${edit}#field-priceIdr`;
    case "FOOD_PERMIT_MISSING":
      return "/daftar-usaha?langkah=certifications";
  }
};

/** A product's listing-quality score and its concrete hints, each with a link to where it is fixed. */
export async function ListingQualityCell({ productId, quality }: { productId: string; quality: ListingQuality }) {
  const [t, locale] = await Promise.all([getTranslations("exposure.quality"), getLocale()]);
  const tone = quality.score >= 80 ? "success" : quality.score >= 50 ? "warning" : "danger";
  return (
    <div className="min-w-48 space-y-1" data-testid="listing-quality" data-score={quality.score}>
      <Badge tone={tone}><span aria-label={t("scoreLabel", { score: quality.score })}>{t("score", { score: quality.score })}</span></Badge>
      {quality.hints.length === 0 ? (
        <p className="text-xs text-slate-600">{t("allGood")}</p>
      ) : (
        <ul className="space-y-1 text-xs">
          {quality.hints.map((code) => (
            <li key={code} data-testid="listing-hint" data-code={code}>
              {LISTING_HINT_NAMES[code][locale === "en" ? "en" : "id"]}{" "}
              <Link href={fixHref(productId, code)} className="font-semibold text-emerald-800 underline underline-offset-2">{t("fix")}</Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
