import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { SectionHeading } from "@/components/ui/section-heading";
import { RowTh, ScrollTable, Td, Th, Tr } from "@/components/ui/table";
import { formatIdr } from "@/lib/domain/money/rupiah";

import { isLowStock } from "@/lib/domain/catalog/product-rules";
import { ListingQualityCell } from "@/components/exposure/listing-quality-cell";
import type { ListingQuality } from "@/lib/domain/catalog/listing-quality";

type ProductRow = {
  id: string;
  title: string;
  status: "draft" | "active" | "archived";
  stock: number;
  unit: string;
  priceIdr: number;
};

const statusTone: Record<ProductRow["status"], BadgeTone> = { active: "success", draft: "neutral", archived: "neutral" };

/** `quality` (listing score and hints per product id) adds a column when given. */
export async function SellerProductTable({ businessId, products, quality }: { businessId: string; products: ProductRow[]; quality?: ReadonlyMap<string, ListingQuality> }) {
  const t = await getTranslations();
  const headingId = `products-${businessId}`;
  return (
    <section aria-labelledby={headingId} className="space-y-3">
      <SectionHeading id={headingId} aside={t("sellerHome.productsCount", { count: products.length })}>
        {t("sellerHome.products")}
      </SectionHeading>
      {products.length === 0 ? (
        <EmptyState>{t("sellerHome.noProducts")}</EmptyState>
      ) : (
        <ScrollTable labelledBy={headingId} hint={t("common.scrollHint")}>
          <thead>
            <tr>
              <Th sticky>{t("sellerHome.colTitle")}</Th>
              <Th>{t("sellerHome.colStatus")}</Th>
              <Th numeric>{t("sellerHome.colStock")}</Th>
              <Th numeric>{t("sellerHome.colPrice")}</Th>
              {quality ? <Th>{t("exposure.quality.column")}</Th> : null}
            </tr>
          </thead>
          <tbody>
            {products.map((p) => {
              const isLow = isLowStock(p);
              return (
                <Tr key={p.id}>
                  <RowTh>
                    <Link href={`/penjual/produk/${p.id}`} className="text-emerald-800 underline" data-testid="edit-product">
                      {p.title}
                    </Link>
                  </RowTh>
                  <Td>
                    <Badge tone={statusTone[p.status]}>{t(`productStatus.${p.status}`)}</Badge>
                  </Td>
                  <Td numeric>
                    <span className={isLow ? "font-semibold text-red-800" : undefined}>
                      {p.stock} {p.unit}
                    </span>
                    {isLow ? (
                      <span className="mt-1 block">
                        <Badge tone={p.stock === 0 ? "danger" : "warning"}>
                          {p.stock === 0 ? t("common.outOfStock") : t("sellerHome.lowStockWarning", { stock: p.stock })}
                        </Badge>
                      </span>
                    ) : null}
                  </Td>
                  <Td numeric>{formatIdr(p.priceIdr)}</Td>
                  {quality ? <Td>{quality.get(p.id) ? <ListingQualityCell productId={p.id} quality={quality.get(p.id)!} /> : "—"}</Td> : null}
                </Tr>
              );
            })}
          </tbody>
        </ScrollTable>
      )}
    </section>
  );
}
