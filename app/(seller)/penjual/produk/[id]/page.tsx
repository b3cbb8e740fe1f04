import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireViewer } from "@/app/_lib/require-viewer";
import { ActionForm } from "@/components/seller/action-form";
import { productFieldSpecs } from "@/components/seller/product-fields";
import { Badge } from "@/components/ui/badge";
import { HomeTitle } from "@/components/ui/home-title";
import { productActions } from "@/lib/domain/catalog/product-actions";
import { MAX_PRODUCT_PHOTOS } from "@/lib/domain/catalog/product-rules";
import { getProductForEdit } from "@/lib/services/products/get-product-for-edit";
import { archiveProductAction, removePhotoAction, restoreProductAction, updateProductAction } from "@/lib/actions/seller/product-actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("seller.products"))("editTitle") };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const buttonClass = "min-h-11 rounded-md border px-4 py-2 text-base font-semibold";

export default async function EditProductPage({ params, searchParams }: Props) {
  const { id } = await params;
  const current = await requireViewer(`/penjual/produk/${id}`);
  const product = await getProductForEdit(current, id);
  // Someone else's product looks exactly like a missing one.
  if (!product) notFound();
  const [t, query] = await Promise.all([getTranslations("seller.products"), searchParams]);
  const fotoError = typeof query.fotoError === "string" ? query.fotoError : null;
  const actions = productActions(current, { businessId: product.businessId, status: product.status });

  return (
    <section aria-labelledby="home-title" data-testid="product-edit" data-product-id={product.id} className="mx-auto max-w-xl space-y-6">
      <HomeTitle>{product.title}</HomeTitle>
      <p className="flex flex-wrap gap-2">
        <Badge tone={product.isLocal ? "success" : "neutral"}>{product.isLocal ? t("isLocal") : t("notLocal")}</Badge>
      </p>
      <section aria-labelledby="photos" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
        <h2 id="photos" className="text-lg font-semibold text-slate-900">
          {t("photos")} ({product.photos.length}/{MAX_PRODUCT_PHOTOS})
        </h2>
        {product.photos.length === 0 ? <p className="text-sm text-slate-700">{t("noPhotos")}</p> : null}
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3">
          {product.photos.map((photo) => (
            <li key={photo.key} className="space-y-1">
              {/* eslint-disable-next-line @next/next/no-img-element -- thumbnails are already sized for phones */}
              <img src={`/media/${photo.thumbnailKey}`} alt="" loading="lazy" className="aspect-square w-full rounded object-cover" data-testid="product-photo" />
              <form action={removePhotoAction}>
                <input type="hidden" name="productId" value={product.id} />
                <input type="hidden" name="key" value={photo.key} />
                <button type="submit" className="text-sm font-semibold text-red-800 underline">
                  {t("removePhoto")}
                </button>
              </form>
            </li>
          ))}
        </ul>
        {fotoError ? (
          <p role="alert" data-testid="photo-error" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
            {fotoError}
          </p>
        ) : null}
        {product.photos.length < MAX_PRODUCT_PHOTOS ? (
          // A plain multipart POST to the API (no server-action body limit); it redirects back here.
          <form method="post" action={`/api/v1/seller/products/${product.id}/photos`} encType="multipart/form-data" className="space-y-2">
            <input type="hidden" name="returnTo" value={`/penjual/produk/${product.id}`} />
            <label htmlFor="photo" className="block text-sm font-semibold text-slate-800">
              {t("upload")}
            </label>
            <p className="text-sm text-slate-600">{t("photosHint")}</p>
            <input id="photo" name="photo" type="file" accept="image/jpeg,image/png,image/webp" multiple data-testid="photo-input" className="block w-full text-base" />
            <button type="submit" data-testid="photo-submit" className={`${buttonClass} border-slate-400 bg-white text-slate-900`}>
              {t("upload")}
            </button>
          </form>
        ) : null}
      </section>
      {actions.restore ? (
        <form action={restoreProductAction}>
          <input type="hidden" name="productId" value={product.id} />
          <button type="submit" className={`${buttonClass} border-slate-400 bg-white text-slate-900`}>
            {t("restore")}
          </button>
        </form>
      ) : (
        <>
          <div className="rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
            <ActionForm
              action={updateProductAction}
              hidden={{ productId: product.id }}
              testId="product-form"
              submitLabel={t("save")}
              pendingLabel={t("saving")}
              fields={await productFieldSpecs({
                title: product.title,
                description: product.description,
                categoryId: product.categoryId,
                unit: product.unit,
                priceIdr: String(product.priceIdr),
                stock: String(product.stock),
                minOrder: String(product.minOrder),
                leadTimeDays: String(product.leadTimeDays),
                originRegionId: product.originRegionId,
                tkdnPercent: product.tkdnPercent === null ? "" : String(product.tkdnPercent),
                status: product.status,
              })}
            />
          </div>
          <form action={archiveProductAction} className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
            <input type="hidden" name="productId" value={product.id} />
            <p className="text-sm text-slate-700">{t("archiveHint")}</p>
            <button type="submit" data-testid="archive-product" className={`${buttonClass} border-red-700 bg-white text-red-800`}>
              {t("archive")}
            </button>
          </form>
        </>
      )}
      <Link href="/penjual" data-testid="back-to-dashboard" className="text-sm font-semibold text-emerald-800 underline">
        {t("back")}
      </Link>
    </section>
  );
}
