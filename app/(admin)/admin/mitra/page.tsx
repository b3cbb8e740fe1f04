import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireViewer } from "@/app/_lib/require-viewer";
import { Notice } from "@/components/accounts/notice";
import { asPageError } from "@/components/mitra/page-errors";
import { CARD, INPUT, LABEL, LINK, PRIMARY, SECONDARY } from "@/components/mitra/styles";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { HomeTitle } from "@/components/ui/home-title";
import { SectionHeading } from "@/components/ui/section-heading";
import { addPartnerMemberAction, registerPartnerAction, verifyPartnerAction } from "@/lib/actions/mitra/partner-actions";
import { regionsWhere } from "@/lib/auth/scopes";
import { PARTNER_KIND_NAMES, PARTNER_KINDS } from "@/lib/domain/readiness/partners";
import { formatWitaDate } from "@/lib/domain/time/wita";
import { listPartners } from "@/lib/services/partners/list-partners";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("mitra.adminPartners"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Diskop's partner register: register an organization, verify it, give its people the partner role. */
export default async function AdminPartnersPage({ searchParams }: Props) {
  const current = await requireViewer("/admin/mitra");
  const [regionId] = regionsWhere(current, "partner.manage");
  if (!regionId) forbidden();
  const [t, locale, params, partners] = await Promise.all([getTranslations("mitra.adminPartners"), getLocale() as Promise<"id" | "en">, searchParams, listPartners(current).catch(asPageError)]);

  return (
    <section data-testid="admin-partners" aria-labelledby="home-title" className="space-y-6">
      <HomeTitle lead={t("lead")}>{t("title")}</HomeTitle>
      <p>
        <Link href="/admin/mitra/papan" className={LINK}>{t("boardLink")}</Link>
        {" · "}
        <Link href="/admin/sertifikat" className={LINK}>{t("certificatesLink")}</Link>
      </p>
      {typeof params.galat === "string" ? <Notice tone="problem">{params.galat}</Notice> : null}
      <section aria-labelledby="register-partner" className="space-y-2">
        <SectionHeading id="register-partner">{t("register")}</SectionHeading>
        <form action={registerPartnerAction} className={`${CARD} grid gap-3 sm:grid-cols-[1fr_14rem_auto] sm:items-end`}>
          <input type="hidden" name="regionId" value={regionId} />
          <label className={LABEL}>
            {t("name")}
            <input type="text" name="name" required minLength={3} maxLength={160} className={INPUT} />
          </label>
          <label className={LABEL}>
            {t("kind")}
            <select name="kind" required className={INPUT}>
              {PARTNER_KINDS.map((k) => <option key={k} value={k}>{PARTNER_KIND_NAMES[k][locale]}</option>)}
            </select>
          </label>
          <button type="submit" data-testid="partner-register" className={PRIMARY}>{t("submit")}</button>
        </form>
      </section>
      <section aria-labelledby="partner-list" className="space-y-3">
        <SectionHeading id="partner-list">{t("list")}</SectionHeading>
        {partners.length === 0 ? <EmptyState>{t("none")}</EmptyState> : (
          <ul className="space-y-3">
            {partners.map((p) => (
              <li key={p.id} data-testid="partner" className={`${CARD} space-y-2`}>
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <h3 className="font-semibold text-slate-900">{p.name}</h3>
                  <Badge tone={p.verified ? "success" : "warning"}>{p.verified && p.verifiedAt ? t("verifiedOn", { date: formatWitaDate(p.verifiedAt, locale) }) : t("waiting")}</Badge>
                </div>
                <p className="text-sm text-slate-700">{PARTNER_KIND_NAMES[p.kind][locale]} · {p.regionName}</p>
                {p.actions.verify ? (
                  <form action={verifyPartnerAction}>
                    <input type="hidden" name="partnerId" value={p.id} />
                    <button type="submit" data-testid="partner-verify" className={SECONDARY}>{t("verify")}</button>
                  </form>
                ) : null}
                <h4 className="text-sm font-semibold text-slate-900">{t("members")}</h4>
                {p.members.length === 0 ? <p className="text-sm text-slate-700">{t("noMembers")}</p> : (
                  <ul className="text-sm text-slate-800">{p.members.map((m) => <li key={m.userId}>{m.name} · {m.email}</li>)}</ul>
                )}
                {p.actions.addMember ? (
                  <form action={addPartnerMemberAction} className="grid gap-2 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
                    <input type="hidden" name="partnerId" value={p.id} />
                    <label className={LABEL}>
                      {t("memberEmail")}
                      <input type="email" name="email" required className={INPUT} />
                    </label>
                    <label className={LABEL}>
                      {t("memberName")}
                      <input type="text" name="name" required minLength={2} maxLength={120} className={INPUT} />
                    </label>
                    <button type="submit" className={SECONDARY}>{t("memberSubmit")}</button>
                  </form>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
    </section>
  );
}
