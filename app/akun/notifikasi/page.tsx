import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireViewer } from "@/app/_lib/require-viewer";
import { PhoneForm } from "@/components/notifications/phone-form";
import { PreferencesForm } from "@/components/notifications/preferences-form";
import { HomeTitle } from "@/components/ui/home-title";
import { getNotificationPreferences } from "@/lib/services/notifications/preferences";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications"))("preferencesTitle") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Per category and channel, what reaches the person; the daily digest; mail language; the WhatsApp number, its proof and consent. */
export default async function NotificationPreferencesPage({ searchParams }: Props) {
  const current = await requireViewer("/akun/notifikasi");
  const [t, tp, preferences, params] = await Promise.all([getTranslations("notifications"), getTranslations("phone"), getNotificationPreferences(current), searchParams]);
  const problem = typeof params.galat === "string" ? params.galat : null;
  return (
    <section aria-labelledby="home-title" className="space-y-5" data-testid="notification-preferences">
      <HomeTitle lead={t("preferencesLead")}>{t("preferencesTitle")}</HomeTitle>
      {params.tersimpan ? (
        <p role="status" className="rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-950">
          {t("saved")}
        </p>
      ) : null}
      {params.nomor === "terverifikasi" && preferences.whatsapp.verified ? (
        <p role="status" className="rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-950">
          {tp("done")}
        </p>
      ) : null}
      {problem ? (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-950">
          {problem}
        </p>
      ) : null}
      {preferences.emailVerified ? null : <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">{t("emailUnverified")}</p>}
      <PhoneForm whatsapp={preferences.whatsapp} codeJustSent={params.kode === "terkirim"} />
      <PreferencesForm preferences={preferences} />
    </section>
  );
}
