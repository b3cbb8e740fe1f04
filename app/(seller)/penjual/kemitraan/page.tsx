import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { requireViewer } from "@/app/_lib/require-viewer";
import { Notice } from "@/components/accounts/notice";
import { PartnershipList } from "@/components/mitra/partnership-list";
import { HomeTitle } from "@/components/ui/home-title";
import { SectionHeading } from "@/components/ui/section-heading";
import { listPartnershipsFor } from "@/lib/services/partnerships/list-partnerships";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("mitra.sellerPartnerships"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The seller's side of partnerships: accept or decline a proposal, end one, add evidence. */
export default async function SellerPartnershipsPage({ searchParams }: Props) {
  const current = await requireViewer("/penjual/kemitraan");
  const [t, tHome, locale, params, all] = await Promise.all([getTranslations("mitra.sellerPartnerships"), getTranslations("mitra.home"), getLocale() as Promise<"id" | "en">, searchParams, listPartnershipsFor(current)]);
  // A person who is also a partner or an admin sees here only the partnerships of the businesses they sell for.
  const businessIds = new Set(current.memberships.filter((m) => m.role === "seller").map((m) => m.businessId));
  const rows = all.filter((p) => businessIds.has(p.businessId));
  return (
    <section data-testid="seller-partnerships" aria-labelledby="home-title" className="space-y-6">
      <HomeTitle lead={t("lead")}>{t("title")}</HomeTitle>
      {typeof params.galat === "string" ? <Notice tone="problem">{params.galat}</Notice> : null}
      {/* A plain block, not a second landmark: its heading reads the same as the page's. */}
      <div className="space-y-3">
        <SectionHeading id="partnership-list">{tHome("partnerships")}</SectionHeading>
        <PartnershipList rows={rows} back="/penjual/kemitraan" locale={locale} side="seller" />
      </div>
    </section>
  );
}
