import { getLocale, getTranslations } from "next-intl/server";
import { ColumnChart } from "@/components/charts/column-chart";
import { formatShare } from "@/components/procurement/compliance-summary-table";
import { formatIdr } from "@/lib/domain/money/rupiah";
import type { MonthPoint } from "@/lib/domain/charts/monthly-trend";

const monthName = (month: number, locale: string) =>
  new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "id-ID", { month: "short", timeZone: "UTC" }).format(Date.UTC(2000, month - 1, 1));

/** The fiscal year's UMK share month by month against the target line; the table adds each month's spend. */
export async function MonthlyUmkChart({ months, targetShare }: { months: MonthPoint[]; targetShare?: number }) {
  const [t, locale] = await Promise.all([getTranslations("charts"), getLocale()]);
  if (months.length === 0) return null;
  return (
    <ColumnChart
      testId="monthly-umk-chart"
      title={t("monthlyUmkTitle")}
      tableLabel={t("showTable", { title: t("monthlyUmkTitle") })}
      labelHeader={t("month")}
      valueHeader={t("umkShare")}
      emptyText={t("noSpending")}
      columns={months.map((m) => ({ label: monthName(m.month, locale), value: m.umkShare, isEmpty: m.totalIdr === 0 }))}
      rows={{ header: t("spendIdr"), cells: months.map((m) => formatIdr(m.totalIdr)) }}
      target={targetShare}
      format={(v) => formatShare(v, locale)}
    />
  );
}
