import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { HomeTitle } from "@/components/ui/home-title";
import { formatWitaDateTime } from "@/lib/domain/time/wita";
import { listCaughtMail } from "@/lib/services/notifications/dev-mail";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications"))("devMailTitle"), robots: { index: false } };
}

/** Development only (404 in production): the mail the app sent, as the local SMTP catcher received it. */
export default async function DevMailPage() {
  const mail = await listCaughtMail();
  if (mail === null) notFound();
  const [t, locale] = await Promise.all([getTranslations("notifications"), getLocale()]);
  return (
    <section aria-labelledby="home-title" className="space-y-5">
      <HomeTitle lead={t("devMailLead")}>{t("devMailTitle")}</HomeTitle>
      {mail.length === 0 ? (
        <p className="text-slate-700">{t("devMailEmpty")}</p>
      ) : (
        <ul className="space-y-3">
          {mail.map((m) => (
            <li key={m.id} data-testid="caught-mail" className="rounded-lg border border-slate-200 bg-white">
              <details>
                <summary className="flex min-h-11 cursor-pointer flex-wrap items-center gap-x-3 p-3">
                  <span className="font-semibold text-slate-900">{m.subject}</span>
                  <span className="text-sm text-slate-600">
                    {t("devMailTo")}: {m.to} · {t("devMailAt")}: {formatWitaDateTime(m.receivedAt, locale)}
                  </span>
                </summary>
                <pre className="overflow-x-auto whitespace-pre-wrap break-words border-t border-slate-200 p-3 text-sm">{m.text}</pre>
              </details>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
