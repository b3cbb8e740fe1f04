import "server-only";
import { createTranslator } from "next-intl";
import { formatIdr } from "@/lib/domain/money/rupiah";
import { storefrontTagline } from "@/lib/domain/storefront/share";
import type { Locale } from "@/lib/errors";
import { catalogs } from "@/lib/i18n/messages";
import { renderStorefrontPoster, type PosterSize } from "@/lib/images/storefront-poster";
import { getPublicStorefront } from "./get-public-storefront";
import { storefrontAbsoluteUrl } from "./get-storefront-qr";

const POSTER_PRODUCTS = 5;

/** The printable QR poster of a public storefront (404 as the page), in the reader's language. */
export const getStorefrontPoster = async (slug: string, size: PosterSize, locale: Locale): Promise<Uint8Array> => {
  const view = await getPublicStorefront(slug);
  const t = createTranslator({ locale, messages: catalogs[locale], namespace: "storefront" });
  const tRoot = createTranslator({ locale, messages: catalogs[locale] });
  const scale = tRoot(`scale.${view.business.scale}`);
  return renderStorefrontPoster(
    {
      name: view.business.name,
      tagline: storefrontTagline(view.business.story) ?? t("tagline", { scale, kabupaten: view.business.kabupaten }),
      facts: t("posterFacts", { orders: view.proof.ordersCompleted, opds: view.proof.opdsServed }),
      url: storefrontAbsoluteUrl(view.slug),
      scanHint: t("posterScanHint"),
      productsTitle: t("posterProducts"),
      products: view.products.slice(0, POSTER_PRODUCTS).map((p) => ({ title: p.title, price: `${formatIdr(p.priceIdr)} / ${p.unit}` })),
      footer: t("posterFooter"),
    },
    size,
  );
};
