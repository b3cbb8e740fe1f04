import { getTranslations } from "next-intl/server";
import { formatWitaDate } from "@/lib/domain/time/wita";
import type { withProgress } from "@/lib/services/gap-board/batch-progress";
import { BatchProgressBar } from "./batch-progress-bar";
import { CARD } from "./styles";

type Batch = Awaited<ReturnType<typeof withProgress>>[number];

/** One gap batch: "N food UMKs in Lombok Tengah need …", who claimed it, and its progress measured from data. */
export async function BatchCard({ batch, locale, children }: { batch: Batch; locale: "id" | "en"; children?: React.ReactNode }) {
  const t = await getTranslations("mitra.batch");
  const f = batch.filter;
  const values = { count: batch.progress.total, kabupaten: f.kabupatenName, gap: batch.gapName[locale], category: f.categoryName ?? "" };
  return (
    <li data-testid="gap-batch" data-batch-id={batch.id} className={`${CARD} space-y-2`}>
      <h3 className="font-semibold text-slate-900">{f.categoryName ? t("headlineCategory", values) : t("headline", values)}</h3>
      <p className="text-sm text-slate-700">
        {t("createdOn", { date: formatWitaDate(batch.createdAt, locale) })}
        {" · "}
        {batch.claimedByName && batch.claimedAt ? t("claimedBy", { name: batch.claimedByName, date: formatWitaDate(batch.claimedAt, locale) }) : t("unclaimed")}
      </p>
      <BatchProgressBar closed={batch.progress.closed} total={batch.progress.total} label={t("progressLabel", { closed: batch.progress.closed, total: batch.progress.total })} locale={locale} />
      {batch.members ? (
        <details>
          <summary className="min-h-11 cursor-pointer py-2 text-sm font-semibold text-emerald-800">{t("members")}</summary>
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <thead>
                <tr className="border-b border-slate-200">
                  <th scope="col" className="py-1 pr-3">{t("colBusiness")}</th>
                  <th scope="col" className="py-1 pr-3">{t("colNib")}</th>
                  <th scope="col" className="py-1">{t("colStatus")}</th>
                </tr>
              </thead>
              <tbody>
                {batch.members.map((m) => (
                  <tr key={m.businessId} data-testid="batch-member" data-closed={m.closed ? "1" : "0"} className="border-b border-slate-100">
                    <td className="py-1 pr-3">{m.name}</td>
                    <td className="py-1 pr-3 tabular-nums">{m.nib}</td>
                    <td className="py-1">{m.closed ? t("memberClosed") : t("memberOpen")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      ) : null}
      {children}
    </li>
  );
}
