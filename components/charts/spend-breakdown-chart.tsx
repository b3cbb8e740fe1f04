import { getTranslations } from "next-intl/server";
import { BarChart } from "@/components/charts/bar-chart";
import { formatIdr } from "@/lib/domain/money/rupiah";
import { rankSpend, type LabelledSpend } from "@/lib/domain/charts/ranked-spend";

const KEEP = 8; // eight bars and "others" still fit a phone screen

/** Spend per kabupaten or per category, largest first, the tail summed as "others"; the table has full rupiah. */
export async function SpendBreakdownChart({ kind, rows, testId }: { kind: "kabupaten" | "category"; rows: LabelledSpend[]; testId: string }) {
  const t = await getTranslations("charts");
  const ranked = rankSpend(rows, KEEP, t("others"));
  if (ranked.length === 0) return <p className="text-sm text-slate-600" data-testid={`${testId}-empty`}>{t("noData")}</p>;
  return (
    <BarChart
      testId={testId}
      title={t(kind === "kabupaten" ? "byKabupatenTitle" : "byCategoryTitle")}
      tableLabel={t("showTable", { title: t(kind === "kabupaten" ? "byKabupatenTitle" : "byCategoryTitle") })}
      labelHeader={t(kind === "kabupaten" ? "kabupaten" : "category")}
      valueHeader={t("spendIdr")}
      bars={ranked.map((r) => ({ label: r.label, value: r.totalIdr }))}
      format={formatIdr}
    />
  );
}
