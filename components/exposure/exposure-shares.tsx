import { getLocale, getTranslations } from "next-intl/server";
import { BarChart } from "@/components/charts/bar-chart";
import { formatShare } from "@/components/procurement/compliance-summary-table";
import { RowTh, ScrollTable, Td, Th, Tr } from "@/components/ui/table";
import { formatCount } from "@/lib/domain/money/rupiah";
import { formatWitaDay } from "@/lib/domain/time/wita";
import type { ShareRow } from "@/lib/domain/exposure/funnel";
import type { ExposureShares as Shares } from "@/lib/services/exposure/get-exposure-shares";

async function ShareBlock({ id, title, groupHeader, rows, label }: { id: string; title: string; groupHeader: string; rows: ShareRow[]; label: (name: string) => string }) {
  const [t, tc, locale] = await Promise.all([getTranslations("exposure.shares"), getTranslations("common"), getLocale()]);
  return (
    <section aria-labelledby={id} data-testid={id} className="space-y-2">
      <h3 id={id} className="font-semibold text-slate-900">{title}</h3>
      <BarChart title={title} labelHeader={groupHeader} valueHeader={t("share")} bars={rows.map((r) => ({ label: label(r.name), value: r.share }))} format={(v) => formatShare(v, locale)} />
      <ScrollTable labelledBy={id} hint={tc("scrollHint")}>
        <thead><tr><Th sticky>{groupHeader}</Th><Th numeric>{t("impressions")}</Th><Th numeric>{t("share")}</Th></tr></thead>
        <tbody>
          {rows.map((r) => (
            <Tr key={r.name}>
              <RowTh>{label(r.name)}</RowTh>
              <Td numeric>{formatCount(r.impressions, locale)}</Td>
              <Td numeric>{formatShare(r.share, locale)}</Td>
            </Tr>
          ))}
        </tbody>
      </ScrollTable>
    </section>
  );
}

/** /transparansi: the share of search impressions by seller kabupaten/kota and by scale, chart + table each. */
export async function ExposureShares({ shares }: { shares: Shares }) {
  const [t, tRoot, locale] = await Promise.all([getTranslations("exposure.shares"), getTranslations(), getLocale()]);
  return (
    <section aria-labelledby="exposure-shares-title" data-testid="exposure-shares" className="max-w-3xl space-y-4">
      <h2 id="exposure-shares-title" className="text-lg font-semibold text-slate-900">{t("title")}</h2>
      <p className="text-sm text-slate-700">
        {t("lead", { from: formatWitaDay(shares.fromDay, locale), to: formatWitaDay(shares.toDay, locale), total: formatCount(shares.total, locale) })}
      </p>
      {shares.total === 0 ? <p className="text-sm text-slate-700">{t("empty")}</p> : (
        <div className="grid gap-6 lg:grid-cols-2">
          <ShareBlock id="exposure-by-kabupaten" title={t("byKabupaten")} groupHeader={t("kabupaten")} rows={shares.byKabupaten} label={(n) => n} />
          <ShareBlock id="exposure-by-scale" title={t("byScale")} groupHeader={t("scale")} rows={shares.byScale} label={(n) => tRoot(`scale.${n}` as "scale.mikro")} />
        </div>
      )}
    </section>
  );
}
