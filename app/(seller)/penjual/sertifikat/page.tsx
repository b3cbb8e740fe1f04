import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { requireViewer } from "@/app/_lib/require-viewer";
import { Notice } from "@/components/accounts/notice";
import { SUBMISSION_STATUS_DISPLAY } from "@/components/mitra/status-labels";
import { CARD, INPUT, LABEL, PRIMARY } from "@/components/mitra/styles";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { HomeTitle } from "@/components/ui/home-title";
import { SectionHeading } from "@/components/ui/section-heading";
import { submitCertificateAction } from "@/lib/actions/mitra/certificate-actions";
import { CERTIFICATION_KINDS } from "@/lib/domain/business/certification";
import { formatWitaDate, formatWitaDay } from "@/lib/domain/time/wita";
import { listCertificateSubmissions } from "@/lib/services/businesses/list-certificate-submissions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("mitra.certificates"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** A verified seller adds a certificate after registration; it counts once Diskop verifies it. */
export default async function SellerCertificatesPage({ searchParams }: Props) {
  const current = await requireViewer("/penjual/sertifikat");
  const [t, status, locale, params, data] = await Promise.all([
    getTranslations("mitra.certificates"),
    getTranslations("mitra.submissionStatus"),
    getLocale() as Promise<"id" | "en">,
    searchParams,
    listCertificateSubmissions(current),
  ]);
  const [businessId] = data.businessIds;
  return (
    <section data-testid="seller-certificates" aria-labelledby="home-title" className="space-y-6">
      <HomeTitle lead={t("lead")}>{t("title")}</HomeTitle>
      {typeof params.galat === "string" ? <Notice tone="problem">{params.galat}</Notice> : null}
      {params.terkirim ? <Notice tone="ok">{t("sent")}</Notice> : null}
      {!businessId ? <EmptyState>{t("noBusiness")}</EmptyState> : (
        <>
          <section aria-labelledby="recorded" className="space-y-2">
            <SectionHeading id="recorded">{t("recorded")}</SectionHeading>
            {data.certificates.length === 0 ? <EmptyState>{t("none")}</EmptyState> : (
              <ul className="space-y-2">
                {data.certificates.map((c) => (
                  <li key={`${c.kind}-${c.number}`} className={CARD} data-testid="recorded-certificate">
                    <span className="font-semibold">{t(`kinds.${c.kind}`)}</span> · {c.number}{c.expiresOn ? ` · ${formatWitaDay(c.expiresOn, locale)}` : null}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="submit-certificate" className="space-y-2">
            <SectionHeading id="submit-certificate">{t("submitTitle")}</SectionHeading>
            <form action={submitCertificateAction} encType="multipart/form-data" className={`${CARD} grid gap-3 sm:grid-cols-2`}>
              <input type="hidden" name="businessId" value={businessId} />
              <label className={LABEL}>
                {t("kind")}
                <select name="kind" required className={INPUT} defaultValue="halal">
                  {CERTIFICATION_KINDS.map((k) => <option key={k} value={k}>{t(`kinds.${k}`)}</option>)}
                </select>
              </label>
              <label className={LABEL}>
                {t("number")}
                <input type="text" name="number" required minLength={3} maxLength={80} className={INPUT} />
              </label>
              <label className={LABEL}>
                {t("expiresOn")}
                <input type="date" name="expiresOn" className={INPUT} />
              </label>
              <label className={LABEL}>
                {t("document")}
                <input type="file" name="document" required accept="application/pdf,image/jpeg,image/png" className={INPUT} />
              </label>
              <div className="sm:col-span-2">
                <button type="submit" data-testid="certificate-submit" className={PRIMARY}>{t("submit")}</button>
              </div>
            </form>
          </section>
          <section aria-labelledby="submissions" className="space-y-2">
            <SectionHeading id="submissions">{t("submissions")}</SectionHeading>
            {data.submissions.length === 0 ? <EmptyState>{t("noSubmissions")}</EmptyState> : (
              <ul className="space-y-2">
                {data.submissions.map((s) => {
                  const display = SUBMISSION_STATUS_DISPLAY[s.status];
                  return (
                    <li key={s.id} className={CARD} data-testid="certificate-submission">
                      <span className="font-semibold">{t(`kinds.${s.kind}`)}</span> · {s.number} · {formatWitaDate(s.submittedAt, locale)}{" "}
                      <Badge tone={display.tone}>{status(display.key)}</Badge>
                      {s.reason ? <p className="mt-1 text-sm text-slate-700">{t("reason", { reason: s.reason })}</p> : null}
                    </li>
                  );
                })}
              </ul>
            )}
          </section>
        </>
      )}
    </section>
  );
}
