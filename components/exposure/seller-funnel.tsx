import { getLocale, getTranslations } from "next-intl/server";
import { BarChart } from "@/components/charts/bar-chart";
import { formatShare } from "@/components/procurement/compliance-summary-table";
import { SectionHeading } from "@/components/ui/section-heading";
import { RowTh, ScrollTable, Td, Th, Tr } from "@/components/ui/table";
import { formatCount } from "@/lib/domain/money/rupiah";
import { formatWitaDay } from "@/lib/domain/time/wita";
import type { SellerFunnel as Funnel } from "@/lib/services/exposure/get-seller-exposure";

/** The seller's funnel as a server SVG bar chart with the same numbers (and each stage's rate) in a table. */
export async function SellerFunnel({ funnel, businessId }: { funnel: Funnel; businessId: string }) {
  const [t, tc, locale] = await Promise.all([getTranslations("exposure.funnel"), getTranslations("common"), getLocale()]);
  const headingId = `funnel-${businessId}`;
  const tableId = `funnel-table-${businessId}`;
  const isEmpty = funnel.steps.every((s) => s.count === 0);
  return (
    <section aria-labelledby={headingId} data-testid="seller-funnel" className="space-y-3">
      <SectionHeading id={headingId}>{t("title")}</SectionHeading>
      <p className="text-sm text-slate-700">{t("lead", { from: formatWitaDay(funnel.fromDay, locale), to: formatWitaDay(funnel.toDay, locale) })}</p>
      {isEmpty ? <p className="text-sm text-slate-700">{t("empty")}</p> : null}
      <BarChart
        testId="seller-funnel-chart"
        title={t("chartTitle")}
        labelHeader={t("stage")}
        valueHeader={t("count")}
        bars={funnel.steps.map((s) => ({ label: t(`stages.${s.stage}`), value: s.count }))}
        format={(v) => formatCount(v, locale)}
      />
      <h3 id={tableId} className="sr-only">{t("chartTitle")}</h3>
      <ScrollTable labelledBy={tableId} hint={tc("scrollHint")}>
        <thead>
          <tr><Th sticky>{t("stage")}</Th><Th numeric>{t("count")}</Th><Th numeric>{t("rate")}</Th></tr>
        </thead>
        <tbody>
          {funnel.steps.map((s) => (
            <Tr key={s.stage}>
              <RowTh>{t(`stages.${s.stage}`)}</RowTh>
              <Td numeric><span data-testid={`funnel-${s.stage}`}>{formatCount(s.count, locale)}</span></Td>
              <Td numeric>{s.rateFromPrevious === null ? "—" : formatShare(s.rateFromPrevious, locale)}</Td>
            </Tr>
          ))}
        </tbody>
      </ScrollTable>
    </section>
  );
}
