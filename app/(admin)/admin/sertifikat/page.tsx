import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { requireViewer } from "@/app/_lib/require-viewer";
import { Notice } from "@/components/accounts/notice";
import { asPageError } from "@/components/mitra/page-errors";
import { CARD, INPUT, LABEL, LINK, PRIMARY, SECONDARY } from "@/components/mitra/styles";
import { EmptyState } from "@/components/ui/empty-state";
import { HomeTitle } from "@/components/ui/home-title";
import { decideCertificateAction } from "@/lib/actions/mitra/certificate-actions";
import { formatWitaDate, formatWitaDay } from "@/lib/domain/time/wita";
import { listCertificateQueue } from "@/lib/services/businesses/decide-certificate";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("mitra.queue"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Diskop's queue of certificates submitted after registration: open the document, verify or reject. */
export default async function CertificateQueuePage({ searchParams }: Props) {
  const current = await requireViewer("/admin/sertifikat");
  const [t, kinds, locale, params] = await Promise.all([getTranslations("mitra.queue"), getTranslations("mitra.certificates.kinds"), getLocale() as Promise<"id" | "en">, searchParams]);
  const queue = await listCertificateQueue(current).catch(asPageError);
  return (
    <section data-testid="certificate-queue" aria-labelledby="home-title" className="space-y-6">
      <HomeTitle lead={t("lead")}>{t("title")}</HomeTitle>
      {typeof params.galat === "string" ? <Notice tone="problem">{params.galat}</Notice> : null}
      {queue.length === 0 ? <EmptyState>{t("none")}</EmptyState> : (
        <ul className="space-y-3">
          {queue.map((s) => (
            <li key={s.id} data-testid="certificate-pending" className={`${CARD} space-y-2`}>
              <h2 className="font-semibold text-slate-900">{s.businessName} <span className="font-normal text-slate-700">· NIB {s.nib}</span></h2>
              <p className="text-sm text-slate-800">
                {kinds(s.kind)} · {s.number}{s.expiresOn ? ` · ${formatWitaDay(s.expiresOn, locale)}` : null} · {t("submittedOn", { date: formatWitaDate(s.submittedAt, locale) })}
                {" · "}
                <a href={`/media/${s.documentPath}`} className={LINK}>{t("document")}</a>
              </p>
              <div className="flex flex-wrap items-end gap-3">
                <form action={decideCertificateAction}>
                  <input type="hidden" name="submissionId" value={s.id} />
                  <input type="hidden" name="decision" value="verify" />
                  <button type="submit" data-testid="certificate-verify" className={PRIMARY}>{t("verify")}</button>
                </form>
                <form action={decideCertificateAction} className="flex flex-wrap items-end gap-2">
                  <input type="hidden" name="submissionId" value={s.id} />
                  <input type="hidden" name="decision" value="reject" />
                  <label className={LABEL}>
                    {t("reason")}
                    <input type="text" name="reason" required minLength={3} maxLength={300} className={INPUT} />
                  </label>
                  <button type="submit" className={SECONDARY}>{t("reject")}</button>
                </form>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
