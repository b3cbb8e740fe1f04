import Link from "next/link";
import { forbidden } from "next/navigation";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireViewer } from "@/app/_lib/require-viewer";
import { EventForm } from "@/components/events/event-form";
import { loadOrRespond } from "@/components/procurement/load";
import { HomeTitle } from "@/components/ui/home-title";
import { eventFormOptions, getEvent } from "@/lib/services/events";
import { updateEventAction } from "@/lib/actions/events/event-actions";
import { witaLocalInput } from "@/lib/domain/time/wita";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("events.form"))("editTitle") };
}


/** Edits an open event's data; only the organizing OPD's buyer (the service decides, closed events refuse). */
export default async function EditEventPage({ params }: Props) {
  const { id } = await params;
  const current = await requireViewer(`/kegiatan/${id}/ubah`);
  const event = await loadOrRespond(() => getEvent(current, id));
  if (!event.permissions.canEdit) forbidden();
  const options = await loadOrRespond(() => eventFormOptions(current));
  const [t, tt, tc] = await Promise.all([getTranslations("events.form"), getTranslations("events.type"), getTranslations("events.common")]);
  return (
    <section data-testid="edit-event-page" aria-labelledby="home-title" className="space-y-6">
      <p>
        <Link href={`/kegiatan/${event.id}`} className="text-sm font-semibold text-emerald-800 underline underline-offset-4">{t("backToEvent")}</Link>
      </p>
      <HomeTitle lead={event.opd.name}>{t("editTitle")}</HomeTitle>
      <EventForm
        action={updateEventAction}
        eventId={event.id}
        opds={[]}
        types={(["rapat", "pelatihan", "upacara", "festival", "lainnya"] as const).map((v) => ({ value: v, label: tt(v) }))}
        kabupaten={options.kabupaten.map((k) => ({ value: k.id, label: k.name }))}
        defaults={{
          title: event.title, type: event.type, startsAt: witaLocalInput(event.startsAt), endsAt: witaLocalInput(event.endsAt),
          kabupaten: event.kabupaten.id, attendees: String(event.attendees), budgetIdr: String(event.budgetIdr),
        }}
        labels={{
          opd: t("opd"), title: t("titleField"), titleHint: t("titleHint"), type: t("type"), startsAt: t("startsAt"), endsAt: t("endsAt"),
          kabupaten: t("kabupaten"), attendees: t("attendees"), budget: t("budget"), budgetHint: t("budgetHint"), submit: t("save"), pending: tc("pending"),
        }}
      />
    </section>
  );
}
