import { getLocale, getTranslations } from "next-intl/server";
import type { StorefrontProof } from "@/lib/domain/storefront/proof";
import { formatCount } from "@/lib/domain/money/rupiah";

/** The ledger's proof as a definition list: every figure with the words saying how it was counted. */
export async function ProofList({ proof }: { proof: StorefrontProof }) {
  const [t, locale] = await Promise.all([getTranslations("storefront"), getLocale()]);
  const percent = new Intl.NumberFormat(locale === "en" ? "en-GB" : "id-ID", { style: "percent", maximumFractionDigits: 0 });
  const decimal = new Intl.NumberFormat(locale === "en" ? "en-GB" : "id-ID", { maximumFractionDigits: 2 });
  const rows: Array<{ id: string; label: string; value: string }> = [
    { id: "opds-served", label: t("opdsServed"), value: formatCount(proof.opdsServed, locale) },
    { id: "orders-completed", label: t("ordersCompleted"), value: formatCount(proof.ordersCompleted, locale) },
    {
      id: "on-time",
      label: t("onTime"),
      value: proof.onTime.rate === null ? t("onTimeNone") : t("onTimeValue", { rate: percent.format(proof.onTime.rate), onTime: proof.onTime.onTime, shipped: proof.onTime.shipped }),
    },
    {
      id: "basts-in-full",
      label: t("bastsInFull"),
      value: proof.bastsInFull.withBast === 0 ? t("bastsNone") : t("bastsInFullValue", { inFull: proof.bastsInFull.inFull, withBast: proof.bastsInFull.withBast }),
    },
    { id: "median-days-to-paid", label: t("medianDaysToPaid"), value: proof.medianDaysToPaid === null ? t("medianNone") : t("medianDaysValue", { days: decimal.format(proof.medianDaysToPaid) }) },
    { id: "rating", label: t("rating"), value: proof.rating.average === null ? t("ratingNone") : t("ratingValue", { average: decimal.format(proof.rating.average), count: proof.rating.count }) },
  ];
  return (
    <dl className="grid grid-cols-2 gap-2 lg:grid-cols-3">
      {rows.map((row) => (
        <div key={row.id} className="rounded-lg border border-slate-200 bg-white p-3">
          <dt className="text-sm text-slate-700">{row.label}</dt>
          <dd data-testid={`proof-${row.id}`} className="text-lg font-bold tabular-nums text-slate-900 sm:text-xl">{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}
