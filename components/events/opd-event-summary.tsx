import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { formatShare } from "@/components/procurement/compliance-summary-table";
import { RowTh, ScrollTable, Td, Th, Tr } from "@/components/ui/table";
import { complianceBucket } from "@/lib/domain/events/event-rules";
import { formatIdr } from "@/lib/format/money";
import type { EventSummaryView } from "@/lib/services/events/types";

type OpdRow = { id: string; name: string; events: number; below: number; totalIdr: number; localUmkIdr: number; declaredIdr: number };

/** Events of each OPD added up: the event local-UMK share per OPD, how many events fall below the rule. */
export const summarizeByOpd = (events: readonly EventSummaryView[]): OpdRow[] => {
  const rows = new Map<string, OpdRow>();
  for (const e of events) {
    const row = rows.get(e.opd.id) ?? { id: e.opd.id, name: e.opd.name, events: 0, below: 0, totalIdr: 0, localUmkIdr: 0, declaredIdr: 0 };
    row.events += 1;
    row.below += complianceBucket(e.compliance) === "below" ? 1 : 0;
    row.totalIdr += e.compliance.totalIdr;
    row.localUmkIdr += e.compliance.localUmkIdr;
    row.declaredIdr += e.compliance.declared.totalIdr;
    rows.set(e.opd.id, row);
  }
  return [...rows.values()].sort((a, b) => a.name.localeCompare(b.name));
};

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
              <span data-testid="opd-event-share" data-opd={o.name} data-share={o.totalIdr === 0 ? 0 : o.localUmkIdr / o.totalIdr}>
                {formatShare(o.totalIdr === 0 ? 0 : o.localUmkIdr / o.totalIdr, locale)}
              </span>
            </Td>
            <Td numeric>{formatIdr(o.declaredIdr)}</Td>
          </Tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
