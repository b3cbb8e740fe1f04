import { getLocale, getTranslations } from "next-intl/server";
import { BarChart } from "@/components/charts/bar-chart";
import { formatShare } from "@/components/procurement/compliance-summary-table";
import type { ComplianceSummaryView } from "@/lib/validation/views/procurement";

/**
 * Each OPD's local-UMK share of its events' spending (the summary's event columns). Only OPDs that spent on events
 * are drawn: an OPD without events has no share to show, not a zero one. No target line: the policy's 100 % applies
 * to konsumsi only, which the events pages check line by line.
 */
export async function EventShareChart({ summary }: { summary: ComplianceSummaryView }) {
  const [t, locale] = await Promise.all([getTranslations("charts"), getLocale()]);
  const withEvents = summary.opds.filter((o) => o.eventTotalIdr > 0);
  if (withEvents.length === 0) return <p className="text-sm text-slate-600" data-testid="event-share-chart-empty">{t("noEvents")}</p>;
  return (
    <BarChart
      testId="event-share-chart"
      title={t("eventShareTitle")}
      tableLabel={t("showTable", { title: t("eventShareTitle") })}
      labelHeader={t("opd")}
      valueHeader={t("eventShare")}
      bars={withEvents.map((o) => ({ label: o.name, value: o.eventLocalShare }))}
      format={(v) => formatShare(v, locale)}
    />
  );
}
