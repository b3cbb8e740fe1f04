import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireViewer } from "@/app/_lib/require-viewer";
import { ActionForm } from "@/components/seller/action-form";
import { productFieldSpecs } from "@/components/seller/product-fields";
import { HomeTitle } from "@/components/ui/home-title";
import { createProductAction } from "@/lib/actions/seller/product-actions";
import { businessesWhere } from "@/lib/auth/scopes";
import { productDraftFromLink } from "@/lib/domain/catalog/opportunity-alerts";
import { listProductFormOptions } from "@/lib/services/products/product-form-options";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("seller.products"))("newTitle") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function NewProductPage({ searchParams }: { searchParams: SearchParams }) {
  const current = await requireViewer("/penjual/produk/baru");
  const own = businessesWhere(current, "product.write");
  if (own.length === 0) redirect("/daftar-usaha");
  const params = await searchParams;
  const requested = params.usaha;
  const businessId = typeof requested === "string" ? requested : own[0]!;
  if (!own.includes(businessId)) forbidden();
  const [t, td] = await Promise.all([getTranslations("seller.products"), getTranslations("demand")]);
  // Opened from a Peluang alert: a draft with the buyers' search as its name and category (issue 13).
  const draft = productDraftFromLink(params);
  const categoryId = draft.categorySlug ? (await listProductFormOptions()).categories.find((c) => c.slug === draft.categorySlug)?.id : undefined;
  return (
    <section aria-labelledby="home-title" data-testid="product-new" className="mx-auto max-w-xl space-y-6">
      <HomeTitle>{t("newTitle")}</HomeTitle>
      {draft.status ? (
        <p role="status" data-testid="draft-from-opportunity" className="rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-950">
          {td("draftFromOpportunity")}
        </p>
      ) : null}
      <div className="rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
        <ActionForm
          action={createProductAction}
          hidden={{ businessId }}
          testId="product-form"
          // Photos go in the same submit (server actions take up to 11 MB here; see next.config.js).
          encType="multipart/form-data"
          submitLabel={t("save")}
          pendingLabel={t("saving")}
          fields={[
            ...(await productFieldSpecs({ title: draft.title, categoryId, status: draft.status })),
            { name: "photo", label: t("photos"), hint: t("photosOnCreateHint"), type: "file", accept: "image/jpeg,image/png,image/webp", multiple: true, testId: "input-photo" },
          ]}
        />
      </div>
      <Link href="/penjual" className="text-sm font-semibold text-emerald-800 underline">
        {t("back")}
      </Link>
    </section>
  );
}
