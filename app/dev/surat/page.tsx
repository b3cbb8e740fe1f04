import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { HomeTitle } from "@/components/ui/home-title";
import { formatWitaDateTime } from "@/lib/domain/time/wita";
import { listCaughtMail, listCaughtWhatsApp } from "@/lib/services/notifications/dev-mail";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications"))("devMailTitle"), robots: { index: false } };
}

/**
 * Development only (404 in production): the mail the app sent, as the local SMTP catcher received it, and the
 * WhatsApp messages kept instead of sent when no WHATSAPP_TOKEN is set (verification codes among them).
 */
export default async function DevMailPage() {
  const mail = await listCaughtMail();
  if (mail === null) notFound();
  const [t, tp, locale] = await Promise.all([getTranslations("notifications"), getTranslations("phone"), getLocale()]);
  const whatsapp = listCaughtWhatsApp() ?? [];
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
      <section aria-labelledby="dev-whatsapp" className="space-y-3">
        <h2 id="dev-whatsapp" className="text-lg font-semibold">{tp("devWhatsAppTitle")}</h2>
        <p className="text-sm text-slate-700">{tp("devWhatsAppLead")}</p>
        {whatsapp.length === 0 ? (
          <p className="text-slate-700">{tp("devWhatsAppEmpty")}</p>
        ) : (
          <ul className="space-y-3">
            {whatsapp.map((m) => (
              <li key={m.id} data-testid="caught-whatsapp" className="rounded-lg border border-slate-200 bg-white p-3">
                <p className="text-sm text-slate-600">
                  {tp("devWhatsAppTo")}: {m.to} · {t("devMailAt")}: {formatWitaDateTime(m.sentAt, locale)}
                </p>
                <p className="mt-1 whitespace-pre-wrap break-words">{m.text}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </section>
  );
}
