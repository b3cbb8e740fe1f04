import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { formatShare } from "@/components/procurement/compliance-summary-table";
import { RowTh, ScrollTable, Td, Th, Tr } from "@/components/ui/table";
import { summarizeByOpd } from "@/lib/domain/events/opd-event-summary";
import { formatIdr } from "@/lib/domain/money/rupiah";
import type { EventSummaryView } from "@/lib/validation/views/events";

/** The auditor page's per-OPD table (sums from lib/domain/events/opd-event-summary); each OPD links to its filtered list. */
export async function OpdEventSummary({ events, headingId, linkFor }: { events: readonly EventSummaryView[]; headingId: string; linkFor: (opdId: string) => string }) {
  const [t, tc, locale] = await Promise.all([getTranslations("events.audit"), getTranslations("events.common"), getLocale()]);
  return (
    <ScrollTable labelledBy={headingId} hint={tc("scrollHint")}>
      <thead>
        <tr>
          <Th sticky>{t("opd")}</Th>
          <Th numeric>{t("eventCount")}</Th>
          <Th numeric>{t("belowCount")}</Th>
          <Th numeric>{tc("total")}</Th>
          <Th numeric>{tc("share")}</Th>
          <Th numeric>{t("declared")}</Th>
        </tr>
      </thead>
      <tbody>
        {summarizeByOpd(events).map((o) => (
          <Tr key={o.id}>
            <RowTh>
              <Link href={linkFor(o.id)} className="text-emerald-800 underline underline-offset-4">{o.name}</Link>
            </RowTh>
            <Td numeric>{o.events}</Td>
            <Td numeric>{o.below}</Td>
            <Td numeric>{formatIdr(o.totalIdr)}</Td>
            <Td numeric>
              <span data-testid="opd-event-share" data-opd={o.name} data-share={o.share}>
                {formatShare(o.share, locale)}
              </span>
            </Td>
            <Td numeric>{formatIdr(o.declaredIdr)}</Td>
          </Tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
