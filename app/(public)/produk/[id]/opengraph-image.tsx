import { ImageResponse } from "next/og";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SHARE_CARD_SIZE, ShareCard } from "@/components/storefront/share-card";
import { formatIdr } from "@/lib/domain/money/rupiah";
import { AppError } from "@/lib/errors";
import { getPublicProduct } from "@/lib/services/catalog/get-public-product";

export const alt = "Kartu produk UMK di Pasar UMK";
export const size = SHARE_CARD_SIZE;
export const contentType = "image/png";

/** A product's share card: title, price per unit, seller and origin. */
export default async function Image({ params }: { params: Promise<{ id: string }> }) {
  const product = await getPublicProduct((await params).id).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  const t = await getTranslations("catalog");
  return new ImageResponse(
    (
      <ShareCard
        eyebrow={`${product.category} · ${product.kabupaten}`}
        title={product.title}
        lines={[`${formatIdr(product.priceIdr)} ${t("perUnit", { unit: product.unit })}`, product.business.name]}
        badge={product.business.isUmk ? t("umkBadge") : t("notUmkBadge")}
        footer={product.business.storefrontSlug ? `/toko/${product.business.storefrontSlug}` : "/katalog"}
      />
    ),
    size,
  );
}
