import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { requireViewer } from "@/app/_lib/require-viewer";
import { Notice } from "@/components/accounts/notice";
import { BatchCard } from "@/components/mitra/batch-card";
import { asPageError } from "@/components/mitra/page-errors";
import { PartnershipList } from "@/components/mitra/partnership-list";
import { CARD, PRIMARY } from "@/components/mitra/styles";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { HomeTitle } from "@/components/ui/home-title";
import { SectionHeading } from "@/components/ui/section-heading";
import { claimGapBatchAction } from "@/lib/actions/mitra/gap-board-actions";
import { PARTNER_KIND_NAMES } from "@/lib/domain/readiness/partners";
import { getPartnerHome } from "@/lib/services/partners/get-partner-home";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("mitra.home"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The partner's landing: organization, open and claimed batches with progress, credited outcomes, partnerships. */
export default async function PartnerHomePage({ searchParams }: Props) {
  const current = await requireViewer("/mitra");
  const home = await getPartnerHome(current).catch(asPageError);
  const [t, locale, params] = await Promise.all([getTranslations("mitra"), getLocale() as Promise<"id" | "en">, searchParams]);
  const { partner, claimed, open, credited, partnerships } = home;

  return (
    <section data-testid="home-partner" aria-labelledby="home-title" className="space-y-8">
      <HomeTitle lead={t("home.lead")}>{t("home.title")}</HomeTitle>
      {typeof params.galat === "string" ? <Notice tone="problem">{params.galat}</Notice> : null}
      {params.diambil ? <Notice tone="ok">{t("home.claimedNotice")}</Notice> : null}

      <section aria-labelledby="organization" className={`${CARD} space-y-1`}>
        <h2 id="organization" className="text-sm font-semibold uppercase tracking-wide text-slate-600">{t("home.organization")}</h2>
        <p className="text-lg font-semibold text-slate-900" data-testid="partner-name">{partner.name}</p>
        <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
          {PARTNER_KIND_NAMES[partner.kind][locale]} · {partner.regionName}
          <Badge tone={partner.verified ? "success" : "warning"}>{partner.verified ? t("home.verified") : t("home.unverified")}</Badge>
        </p>
        {partner.verified ? null : <p className="text-sm text-amber-900">{t("home.notVerifiedNote")}</p>}
      </section>

      <section aria-labelledby="credited" className="space-y-2">
        <SectionHeading id="credited">{t("home.credited")}</SectionHeading>
        <p data-testid="partner-credited" className="text-slate-800">{t("home.creditedBody", { closed: credited.closedGaps, total: credited.members })}</p>
      </section>

      <section aria-labelledby="claimed" className="space-y-3">
        <SectionHeading id="claimed">{t("home.claimed")}</SectionHeading>
        {claimed.length === 0 ? <EmptyState>{t("home.noClaimed")}</EmptyState> : (
          <ul className="space-y-3">{claimed.map((b) => <BatchCard key={b.id} batch={b} locale={locale} />)}</ul>
        )}
      </section>

      <section aria-labelledby="open-batches" className="space-y-3">
        <SectionHeading id="open-batches">{t("home.openBatches")}</SectionHeading>
        {open.length === 0 ? <EmptyState>{t("home.noOpenBatches")}</EmptyState> : (
          <ul className="space-y-3">
            {open.map((b) => (
              <BatchCard key={b.id} batch={b} locale={locale}>
                <form action={claimGapBatchAction}>
                  <input type="hidden" name="batchId" value={b.id} />
                  <input type="hidden" name="partnerId" value={partner.id} />
                  <button type="submit" data-testid="batch-claim" className={PRIMARY}>{t("home.claim")}</button>
                </form>
              </BatchCard>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="partnerships" className="space-y-3">
        <SectionHeading id="partnerships">{t("home.partnerships")}</SectionHeading>
        <PartnershipList rows={partnerships} back="/mitra" locale={locale} side="partner" />
      </section>
    </section>
  );
}
