import { ImageResponse } from "next/og";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SHARE_CARD_SIZE, ShareCard } from "@/components/storefront/share-card";
import { AppError } from "@/lib/errors";
import { getPublicStorefront } from "@/lib/services/storefront/get-public-storefront";

export const alt = "Kartu toko UMK di Pasar UMK";
export const size = SHARE_CARD_SIZE;
export const contentType = "image/png";

/** The storefront's share card: name, place and what the ledger proves, as chat apps preview the link. */
export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const store = await getPublicStorefront((await params).slug).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  const [t, tRoot] = await Promise.all([getTranslations("storefront"), getTranslations()]);
  const b = store.business;
  return new ImageResponse(
    (
      <ShareCard
        eyebrow={t("place", { scale: tRoot(`scale.${b.scale}`), kabupaten: b.kabupaten })}
        title={b.name}
        lines={[t("ogProofLine", { orders: store.proof.ordersCompleted, opds: store.proof.opdsServed })]}
        badge={b.isUmk ? "UMK" : tRoot(`scale.${b.scale}`)}
        footer={`/toko/${store.slug}`}
      />
    ),
    size,
  );
}
