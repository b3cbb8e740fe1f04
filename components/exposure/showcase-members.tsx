import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { ShowcaseMemberView } from "@/lib/validation/showcases";

/** Members of an Etalase as cards: seller, kabupaten, scale, the featured product, and a link to its products. */
export async function ShowcaseMemberList({ members, testId }: { members: ShowcaseMemberView[]; testId: string }) {
  const [t, tRoot] = await Promise.all([getTranslations("exposure.showcase"), getTranslations()]);
  return (
    <ul data-testid={testId} className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
      {members.map((m) => (
        <li key={m.businessId} data-testid="showcase-member" className="space-y-1 rounded-lg border border-slate-200 bg-white p-3">
          <p className="font-semibold text-slate-900">{m.businessName}</p>
          <p className="flex flex-wrap gap-1 text-sm">
            <Badge tone="info">{m.kabupaten}</Badge>
            <Badge tone="success">{tRoot(`scale.${m.scale}`)}</Badge>
          </p>
          {m.productId && m.productTitle ? (
            <p className="text-sm">
              {t("product")}: <Link href={`/produk/${m.productId}`} className="font-semibold text-emerald-800 underline underline-offset-4">{m.productTitle}</Link>
            </p>
          ) : null}
          <p>
            <Link href={`/katalog?businessId=${m.businessId}`} className="text-sm font-semibold text-emerald-800 underline underline-offset-4">{t("viewProducts")}</Link>
          </p>
        </li>
      ))}
    </ul>
  );
}
