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

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("seller.products"))("newTitle") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function NewProductPage({ searchParams }: { searchParams: SearchParams }) {
  const current = await requireViewer("/penjual/produk/baru");
  const own = businessesWhere(current, "product.write");
  if (own.length === 0) redirect("/daftar-usaha");
  const requested = (await searchParams).usaha;
  const businessId = typeof requested === "string" ? requested : own[0]!;
  if (!own.includes(businessId)) forbidden();
  const t = await getTranslations("seller.products");
  return (
    <section aria-labelledby="home-title" data-testid="product-new" className="mx-auto max-w-xl space-y-6">
      <HomeTitle>{t("newTitle")}</HomeTitle>
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
            ...(await productFieldSpecs({})),
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
