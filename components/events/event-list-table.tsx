import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { formatShare } from "@/components/procurement/compliance-summary-table";
import { RowTh, ScrollTable, Td, Th, TotalTr, Tr } from "@/components/ui/table";
import { formatWita } from "@/lib/domain/time/wita";
import { formatIdr } from "@/lib/domain/money/rupiah";
import type { EventSummaryView } from "@/lib/validation/views/events";
import { ComplianceStateBadge, EventStatusBadge } from "./event-badges";

const sum = (events: EventSummaryView[], pick: (e: EventSummaryView) => number) => events.reduce((n, e) => n + pick(e), 0);
const share = (local: number, total: number) => (total === 0 ? 0 : local / total);

/**
 * Events with their current figures. The buyer's list links each title to the event page; the auditor's
 * shows the OPD, the declared part and a totals row, and links to the printable report.
 */
export async function EventListTable({ events, headingId, variant }: { events: EventSummaryView[]; headingId: string; variant: "buyer" | "audit" }) {
  const [t, tt, ta, locale] = await Promise.all([getTranslations("events.list.columns"), getTranslations("events"), getTranslations("events.audit"), getLocale()]);
  const isAudit = variant === "audit";
  const totalIdr = sum(events, (e) => e.compliance.totalIdr);
  const localIdr = sum(events, (e) => e.compliance.localUmkIdr);
  const consumptionIdr = sum(events, (e) => e.compliance.consumption.totalIdr);
  const consumptionLocalIdr = sum(events, (e) => e.compliance.consumption.localUmkIdr);
  const declaredIdr = sum(events, (e) => e.compliance.declared.totalIdr);
  return (
    <ScrollTable labelledBy={headingId} hint={tt("common.scrollHint")}>
      <thead>
        <tr>
          <Th sticky>{t("title")}</Th>
          {isAudit ? <Th>{t("opd")}</Th> : null}
          <Th>{t("date")}</Th>
          <Th>{t("status")}</Th>
          <Th numeric>{t("total")}</Th>
          <Th numeric>{t("share")}</Th>
          <Th numeric>{t("consumption")}</Th>
          {isAudit ? <Th numeric>{ta("declared")}</Th> : null}
          <Th>{t("compliance")}</Th>
        </tr>
      </thead>
      <tbody>
        {events.map((e) => (
          <Tr key={e.id}>
            <RowTh>
              <Link
                href={isAudit ? `/kegiatan/${e.id}/laporan` : `/kegiatan/${e.id}`}
                data-testid="event-link"
                data-event-id={e.id}
                className="text-emerald-800 underline underline-offset-4"
              >
                {e.title}
              </Link>
              <span className="block text-xs font-normal text-slate-600">
                {tt(`type.${e.type}`)}
                {e.amendmentCount > 0 ? ` · ${tt("list.amendments", { count: e.amendmentCount })}` : ""}
              </span>
            </RowTh>
            {isAudit ? <Td>{e.opd.shortName || e.opd.name}</Td> : null}
            <Td>
              <span className="whitespace-nowrap">{formatWita(e.startsAt, locale, { time: false })}</span>
            </Td>
            <Td>
              <EventStatusBadge status={e.status} />
            </Td>
            <Td numeric>{formatIdr(e.compliance.totalIdr)}</Td>
            <Td numeric>
              <span data-testid="event-share" data-share={e.compliance.share}>{formatShare(e.compliance.share, locale)}</span>
            </Td>
            <Td numeric>{e.compliance.consumption.totalIdr > 0 ? formatShare(e.compliance.consumption.share, locale) : "—"}</Td>
            {isAudit ? <Td numeric>{formatIdr(e.compliance.declared.totalIdr)}</Td> : null}
            <Td>
              <ComplianceStateBadge compliance={e.compliance} />
            </Td>
          </Tr>
        ))}
        {isAudit && events.length > 0 ? (
          <TotalTr>
            <RowTh>
              <span data-testid="events-total">{ta("totals")}</span>
            </RowTh>
            <Td>{null}</Td>
            <Td>{null}</Td>
            <Td>{null}</Td>
            <Td numeric>
              <span data-testid="events-total-idr" data-total-idr={totalIdr}>{formatIdr(totalIdr)}</span>
            </Td>
            <Td numeric>{formatShare(share(localIdr, totalIdr), locale)}</Td>
            <Td numeric>{consumptionIdr > 0 ? formatShare(share(consumptionLocalIdr, consumptionIdr), locale) : "—"}</Td>
            <Td numeric>{formatIdr(declaredIdr)}</Td>
            <Td>{null}</Td>
          </TotalTr>
        ) : null}
      </tbody>
    </ScrollTable>
  );
}
