import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { requireViewer } from "@/app/_lib/require-viewer";
import { asPageError } from "@/components/mitra/page-errors";
import { CARD, LINK } from "@/components/mitra/styles";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { HomeTitle } from "@/components/ui/home-title";
import { SectionHeading } from "@/components/ui/section-heading";
import { formatCount } from "@/lib/domain/money/rupiah";
import { formatWitaDay } from "@/lib/domain/time/wita";
import { getBusinessReadiness } from "@/lib/services/readiness/get-business-readiness";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("mitra.readiness"))("gaps") };
}

type Props = { params: Promise<{ businessId: string }> };

/** A UMK's readiness profile for a partner with an accepted partnership (the service refuses everyone else: 403). */
export default async function ReadinessProfilePage({ params }: Props) {
  const { businessId } = await params;
  if (!z.uuid().safeParse(businessId).success) notFound();
  const current = await requireViewer(`/mitra/umk/${businessId}`);
  const entry = await getBusinessReadiness(current, { businessId }).catch(asPageError);
  const [t, locale] = await Promise.all([getTranslations("mitra.readiness"), getLocale() as Promise<"id" | "en">]);
  const p = entry.profile;
  const certKind = await getTranslations("mitra.certificates.kinds");
  const facts: Array<[string, string]> = [
    [t("kabupaten"), entry.kabupatenName],
    [t("products"), formatCount(p.products.length, locale)],
    [t("deliveries"), `${formatCount(p.deliveries.late, locale)} / ${formatCount(p.deliveries.total, locale)}`],
    [t("bast"), `${formatCount(p.bast.receivedQty, locale)} / ${formatCount(p.bast.orderedQty, locale)}`],
    [t("ratings"), formatCount(p.ratings.length, locale)],
    [t("lastOrder"), p.lastOrderOn ? formatWitaDay(p.lastOrderOn, locale) : t("never")],
    [t("unmetDemand"), formatCount(p.unmetDemandCount, locale)],
  ];

  return (
    <section data-testid="readiness-profile" aria-labelledby="home-title" className="space-y-6">
      <HomeTitle lead={t("lead")}>{t("title", { name: entry.name })}</HomeTitle>
      <section aria-labelledby="gaps" className="space-y-2">
        <SectionHeading id="gaps">{t("gaps")}</SectionHeading>
        {entry.gapNames.length === 0 ? <EmptyState>{t("noGaps")}</EmptyState> : (
          <ul className="flex flex-wrap gap-2">
            {entry.gapNames.map((g) => <li key={g.code} data-testid="readiness-gap" data-gap={g.code}><Badge tone="warning">{g[locale]}</Badge></li>)}
          </ul>
        )}
      </section>
      <section aria-labelledby="certificates" className="space-y-2">
        <SectionHeading id="certificates">{t("certificates")}</SectionHeading>
        {entry.certificates.length + entry.pendingCertificates.length === 0 ? <EmptyState>{t("noCertificates")}</EmptyState> : (
          <ul className="space-y-2">
            {[...entry.certificates.map((c) => ({ ...c, pending: false })), ...entry.pendingCertificates.map((c) => ({ ...c, pending: true }))].map((c) => (
              <li key={`${c.kind}-${c.number}`} className={CARD}>
                <span className="font-semibold">{certKind(c.kind)}</span> · {c.number} · {c.expiresOn ? t("expires", { date: formatWitaDay(c.expiresOn, locale) }) : t("noExpiry")}
                {c.pending ? <> · <Badge tone="warning">{t("pending")}</Badge></> : null}
                {c.documentPath ? <> · <a href={`/media/${c.documentPath}`} className={LINK}>{t("document")}</a></> : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="facts" className="space-y-2">
        <SectionHeading id="facts">{t("facts")}</SectionHeading>
        <dl className="grid gap-2 sm:grid-cols-2">
          {facts.map(([label, value]) => (
            <div key={label} className={CARD}>
              <dt className="text-sm text-slate-700">{label}</dt>
              <dd className="font-semibold tabular-nums text-slate-900">{value}</dd>
            </div>
          ))}
        </dl>
      </section>
    </section>
  );
}
