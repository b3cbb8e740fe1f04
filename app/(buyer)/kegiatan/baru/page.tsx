import Link from "next/link";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireViewer } from "@/app/_lib/require-viewer";
import { EventForm } from "@/components/events/event-form";
import { loadOrRespond } from "@/components/procurement/load";
import { HomeTitle } from "@/components/ui/home-title";
import { eventFormOptions } from "@/lib/services/events";
import { createEventAction } from "@/lib/actions/events/event-actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("events.form"))("metaTitle") };
}

/** Records a new event for one of the buyer's OPDs; other roles get the 403 page (the service decides). */
export default async function NewEventPage() {
  const current = await requireViewer("/kegiatan/baru");
  const options = await loadOrRespond(() => eventFormOptions(current));
  const [t, tt, tc] = await Promise.all([getTranslations("events.form"), getTranslations("events.type"), getTranslations("events.common")]);
  return (
    <section data-testid="new-event-page" aria-labelledby="home-title" className="space-y-6">
      <p>
        <Link href="/kegiatan" className="text-sm font-semibold text-emerald-800 underline underline-offset-4">{tc("backToList")}</Link>
      </p>
      <HomeTitle lead={t("lead")}>{t("title")}</HomeTitle>
      <EventForm
        action={createEventAction}
        opds={options.opds.map((o) => ({ value: o.id, label: o.name }))}
        types={(["rapat", "pelatihan", "upacara", "festival", "lainnya"] as const).map((v) => ({ value: v, label: tt(v) }))}
        kabupaten={options.kabupaten.map((k) => ({ value: k.id, label: k.name }))}
        labels={{
          opd: t("opd"), title: t("titleField"), titleHint: t("titleHint"), type: t("type"), startsAt: t("startsAt"), endsAt: t("endsAt"),
          kabupaten: t("kabupaten"), attendees: t("attendees"), budget: t("budget"), budgetHint: t("budgetHint"), submit: t("submit"), pending: tc("pending"),
        }}
      />
    </section>
  );
}
