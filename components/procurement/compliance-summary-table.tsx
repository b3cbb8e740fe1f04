import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { RowTh, ScrollTable, Td, Th, TotalTr, Tr } from "@/components/ui/table";
import type { ComplianceSummaryView } from "@/lib/validation/views/procurement";
import { formatIdr } from "@/lib/domain/money/rupiah";
import type { TargetStatus } from "@/lib/domain/procurement/shares";

/** No spending is neither success nor failure: grey, so the red stays for offices that bought and missed. */
const TARGET_TONE = { met: "success", missed: "danger", no_spending: "neutral" } as const satisfies Record<TargetStatus, BadgeTone>;
const TARGET_LABEL = { met: "met", missed: "notMet", no_spending: "noSpend" } as const satisfies Record<TargetStatus, string>;

export const formatShare = (share: number, locale: string) =>
  new Intl.NumberFormat(locale === "en" ? "en-GB" : "id-ID", { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(share);

/** Every readable OPD's UMK and local shares for the year, zero spend included, with the target verdict. */
export async function ComplianceSummaryTable({ summary, headingId }: { summary: ComplianceSummaryView; headingId: string }) {
  const [t, tEvents, locale] = await Promise.all([getTranslations("procurement.audit"), getTranslations("events.audit"), getLocale()]);
  const total = summary.opds.reduce(
    (a, o) => ({
      totalIdr: a.totalIdr + o.totalIdr, umkIdr: a.umkIdr + o.umkIdr, localIdr: a.localIdr + o.localIdr, exceptions: a.exceptions + o.exceptions,
      eventCount: a.eventCount + o.eventCount, eventTotalIdr: a.eventTotalIdr + o.eventTotalIdr, eventLocalUmkIdr: a.eventLocalUmkIdr + o.eventLocalUmkIdr,
      overduePayments: a.overduePayments + o.overduePayments,
    }),
    { totalIdr: 0, umkIdr: 0, localIdr: 0, exceptions: 0, eventCount: 0, eventTotalIdr: 0, eventLocalUmkIdr: 0, overduePayments: 0 },
  );
  return (
    <ScrollTable labelledBy={headingId} hint={t("scrollHint")}>
      <thead>
        <tr>
          <Th sticky>{t("opd")}</Th>
          <Th numeric>{t("total")}</Th>
          <Th numeric>{t("umkShare")}</Th>
          <Th numeric>{t("localShare")}</Th>
          <Th numeric>{t("exceptions")}</Th>
          {/* The local-UMK share of what the OPD's events (kegiatan) used, with their count. */}
          <Th numeric>
            <span title={tEvents("lead")}>{tEvents("title")}</span>
          </Th>
          <Th numeric>{t("overduePayments")}</Th>
          <Th>{t("target")}</Th>
        </tr>
      </thead>
      <tbody>
        {summary.opds.map((o) => (
          <Tr key={o.opdId}>
            <RowTh>
              <Link href={`/audit/kepatuhan/${o.opdId}?tahun=${summary.fiscalYear}`} data-testid="compliance-opd-link" className="text-emerald-800 underline underline-offset-4">
                {o.name}
              </Link>
            </RowTh>
            <Td numeric>
              <span data-testid="opd-total" data-opd={o.name}>{formatIdr(o.totalIdr)}</span>
            </Td>
            <Td numeric>
              <span data-testid="opd-umk-share" data-opd={o.name} data-umk-idr={o.umkIdr}>
                {formatShare(o.umkShare, locale)}
              </span>
              <span className="block text-xs text-slate-600">{formatIdr(o.umkIdr)}</span>
            </Td>
            <Td numeric>
              {formatShare(o.localShare, locale)}
              <span className="block text-xs text-slate-600">{formatIdr(o.localIdr)}</span>
            </Td>
            <Td numeric>{o.exceptions}</Td>
            <Td numeric>
              <span data-testid="opd-event-share" data-opd={o.name} data-event-count={o.eventCount} data-event-local-umk-idr={o.eventLocalUmkIdr}>
                {o.eventTotalIdr > 0 ? formatShare(o.eventLocalShare, locale) : "–"}
              </span>
              <span className="block text-xs text-slate-600">
                {o.eventCount} · {formatIdr(o.eventTotalIdr)}
              </span>
            </Td>
            <Td numeric>
              <Link href={`/audit/pembayaran?tahun=${summary.fiscalYear}`} data-testid="opd-overdue-payments" data-opd={o.name} className={o.overduePayments > 0 ? "font-semibold text-red-800 underline underline-offset-4" : "text-slate-700 underline underline-offset-4"}>
                {o.overduePayments}
              </Link>
            </Td>
            <Td>
              <span data-testid="opd-target" data-opd={o.name} data-meets={o.meetsTarget} data-target-status={o.targetStatus}>
                <Badge tone={TARGET_TONE[o.targetStatus]}>{t(TARGET_LABEL[o.targetStatus], { target: formatShare(o.targetShare, locale) })}</Badge>
              </span>
            </Td>
          </Tr>
        ))}
        {summary.opds.length > 1 ? (
          <TotalTr>
            <RowTh>{t("all")}</RowTh>
            <Td numeric>{formatIdr(total.totalIdr)}</Td>
            <Td numeric>{formatShare(total.totalIdr > 0 ? total.umkIdr / total.totalIdr : 0, locale)}</Td>
            <Td numeric>{formatShare(total.totalIdr > 0 ? total.localIdr / total.totalIdr : 0, locale)}</Td>
            <Td numeric>{total.exceptions}</Td>
            <Td numeric>
              {total.eventTotalIdr > 0 ? formatShare(total.eventLocalUmkIdr / total.eventTotalIdr, locale) : "–"}
              <span className="block text-xs text-slate-600">
                {total.eventCount} · {formatIdr(total.eventTotalIdr)}
              </span>
            </Td>
            <Td numeric>{total.overduePayments}</Td>
            <Td>{null}</Td>
          </TotalTr>
        ) : null}
      </tbody>
    </ScrollTable>
  );
}

/** A GET form: the year is in the URL, so the view is bookmarkable and works without JavaScript. */
export async function FiscalYearSelect({ action, year, years }: { action: string; year: number; years: number[] }) {
  const t = await getTranslations("procurement.audit");
  return (
    <form method="get" action={action} className="flex flex-wrap items-end gap-2" data-testid="fiscal-year-form">
      <div className="space-y-1">
        <label htmlFor="tahun" className="block text-sm font-semibold text-slate-800">{t("fiscalYear")}</label>
        <select id="tahun" name="tahun" defaultValue={String(year)} data-testid="fiscal-year" className="block min-h-11 rounded-md border border-slate-400 bg-white px-3 py-2 text-base">
          {years.map((y) => (
            <option key={y} value={y}>{y}</option>
          ))}
        </select>
      </div>
      <button type="submit" className="min-h-11 rounded-md border border-slate-400 bg-white px-4 font-semibold text-slate-900 hover:bg-slate-50">
        {t("show")}
      </button>
    </form>
  );
}

export const yearFrom = (value: string | string[] | undefined, current: number) => {
  const y = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(y) && y >= current - 5 && y <= current + 1 ? y : current;
};

export const yearOptions = (current: number) => [current + 1, current, current - 1, current - 2, current - 3];
