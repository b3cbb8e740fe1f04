import { getLocale, getTranslations } from "next-intl/server";
import { BarChart } from "@/components/charts/bar-chart";
import { formatShare } from "@/components/procurement/compliance-summary-table";
import type { ComplianceSummaryView } from "@/lib/validation/views/procurement";

/** UMK share per OPD against the target line; shared by /audit and /audit/kepatuhan. */
export async function ComplianceUmkChart({ summary }: { summary: ComplianceSummaryView }) {
  const [t, tc, locale] = await Promise.all([getTranslations("procurement.audit"), getTranslations("charts"), getLocale()]);
  return (
    <BarChart
      testId="compliance-umk-chart"
      title={t("umkShare")}
      tableLabel={tc("showTable", { title: t("umkShare") })}
      labelHeader={t("opd")}
      valueHeader={t("umkShare")}
      bars={summary.opds.map((o) => ({ label: o.name, value: o.umkShare }))}
      target={summary.opds[0]?.targetShare}
      format={(v) => formatShare(v, locale)}
    />
  );
}
