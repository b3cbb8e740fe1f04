import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { addToCartAction } from "@/lib/actions/procurement/cart-actions";
import { isBelowMinOrder } from "@/lib/domain/procurement/cart-rules";
import { signInPath } from "@/components/auth/callback-url";
import { viewer } from "@/lib/auth/viewer";
import { formatCount } from "@/lib/domain/money/rupiah";
import { AddToCartForm } from "./add-to-cart-form";
import { opdsWhere } from "@/lib/auth/scopes";

/**
 * The product page's buy box: buyers (ASN with the buyer role) get the add-to-cart form; visitors a sign-in
 * link that comes back here; everyone else (sellers, auditors) nothing, since only buyers keep a cart.
 */
export async function AddToCart({ product }: { product: { id: string; minOrder: number; stock: number; unit: string } }) {
  const [current, t, locale] = await Promise.all([viewer(), getTranslations("procurement.addToCart"), getLocale()]);
  if (!current) {
    return (
      <p data-testid="add-to-cart-sign-in" className="text-sm text-slate-700">
        <Link href={signInPath(`/produk/${product.id}`)} className="font-semibold text-emerald-800 underline underline-offset-4">
          {t("signIn")}
        </Link>
      </p>
    );
  }
  if (opdsWhere(current, "purchase_request.create").length === 0) return null;
  if (isBelowMinOrder(product.stock, product.minOrder)) {
    return <p className="text-sm font-medium text-red-800">{t("notEnoughStock")}</p>;
  }
  return (
    <section aria-labelledby="add-to-cart-title" className="space-y-2 rounded-lg border border-emerald-200 bg-emerald-50/40 p-4">
      <h2 id="add-to-cart-title" className="text-sm font-semibold uppercase tracking-wide text-slate-700">
        {t("title")}
      </h2>
      <AddToCartForm
        action={addToCartAction}
        productId={product.id}
        minOrder={product.minOrder}
        stock={product.stock}
        labels={{
          quantity: t("quantity", { unit: product.unit }),
          hint: t("hint", { min: formatCount(product.minOrder, locale), stock: formatCount(product.stock, locale), unit: product.unit }),
          submit: t("submit"),
          pending: t("pending"),
          viewCart: t("viewCart"),
        }}
      />
    </section>
  );
}
