import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { SectionHeading } from "@/components/ui/section-heading";
import { RowTh, ScrollTable, Td, Th, Tr } from "@/components/ui/table";
import { formatCount } from "@/lib/domain/money/rupiah";
import type { SellerDemandRow } from "@/lib/services/exposure/get-seller-exposure";

/** "What buyers searched that you could list", with a link that starts a product for it. */
export async function SellerDemand({ rows, businessId, kabupaten, addHref }: { rows: SellerDemandRow[]; businessId: string; kabupaten: string; addHref: string }) {
  const [t, tc, locale] = await Promise.all([getTranslations("exposure.demand"), getTranslations("common"), getLocale()]);
  const headingId = `demand-${businessId}`;
  return (
    <section aria-labelledby={headingId} data-testid="seller-demand" className="space-y-3">
      <SectionHeading id={headingId}>{t("title")}</SectionHeading>
      <p className="text-sm text-slate-700">{t("lead", { kabupaten })}</p>
      {rows.length === 0 ? (
        <p className="text-sm text-slate-700">{t("empty")}</p>
      ) : (
        <ScrollTable labelledBy={headingId} hint={tc("scrollHint")}>
          <thead>
            <tr><Th sticky>{t("query")}</Th><Th>{t("category")}</Th><Th numeric>{t("searches")}</Th><Th numeric>{t("found")}</Th><Th>{t("add")}</Th></tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <Tr key={`${r.categorySlug}-${r.query}`}>
                <RowTh><span data-testid="seller-demand-query">{r.query}</span></RowTh>
                <Td>{r.categoryName ?? "—"}</Td>
                <Td numeric>{formatCount(r.searches, locale)}</Td>
                <Td numeric>{formatCount(r.maxResults, locale)}</Td>
                <Td>
                  <Link href={addHref} className="font-semibold text-emerald-800 underline underline-offset-4">{t("add")}</Link>
                </Td>
              </Tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
    </section>
  );
}
