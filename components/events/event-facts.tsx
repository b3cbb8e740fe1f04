import { getLocale, getTranslations } from "next-intl/server";
import { formatCount, formatIdr } from "@/lib/domain/money/rupiah";
import { formatWita } from "@/lib/domain/time/wita";
import type { EventDetailView } from "@/lib/validation/views/events";
import { EventStatusBadge } from "./event-badges";

/** The event's own data (times in WITA), as on the event page and at the top of the printed report. */
export async function EventFacts({ event }: { event: EventDetailView }) {
  const [t, tt, locale] = await Promise.all([getTranslations("events.detail"), getTranslations("events.type"), getLocale()]);
  const rows: Array<[string, React.ReactNode]> = [
    [t("status"), <EventStatusBadge key="s" status={event.status} />],
    [t("opd"), event.opd.name],
    [t("type"), tt(event.type)],
    [t("dates"), `${formatWita(event.startsAt, locale)} – ${formatWita(event.endsAt, locale)}`],
    [t("venue"), event.kabupaten.name],
    [t("attendees"), formatCount(event.attendees, locale)],
    [t("budget"), formatIdr(event.budgetIdr)],
    [t("createdBy"), event.createdBy.name],
    ...(event.closedBy && event.closedAt ? ([[t("closedBy"), `${event.closedBy.name} · ${formatWita(event.closedAt, locale)}`]] as Array<[string, React.ReactNode]>) : []),
  ];
  return (
    <dl data-testid="event-facts" className="grid grid-cols-1 gap-x-6 gap-y-2 rounded-lg border border-slate-200 bg-white p-4 text-sm sm:grid-cols-2">
      {rows.map(([label, value]) => (
        <div key={label} className="min-w-0">
          <dt className="text-slate-600">{label}</dt>
          <dd className="break-words text-slate-900">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
