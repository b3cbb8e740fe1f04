import { BarChart } from "@/components/charts/bar-chart";
import { RowTh, ScrollTable, Td, Th, Tr } from "@/components/ui/table";
import { formatIdr } from "@/lib/domain/money/rupiah";
import { formatWitaDate } from "@/lib/domain/time/wita";
import type { ProgramOutcomes } from "@/lib/validation/views/diklat";

type T = (key: string, values?: Record<string, string | number>) => string;

const share = (v: number | null, dash: string) => (v === null ? dash : `${Math.round(v * 100)} %`);

/** Outcomes per horizon: a server-rendered SVG of mean sales (participants vs comparison) with the table beside it. */
export function ProgramOutcomesView({ outcomes, t, locale, scrollHint }: { outcomes: ProgramOutcomes; t: T; locale: "id" | "en"; scrollHint: string }) {
  return (
    <div className="space-y-6">
      {outcomes.horizons.map((h) => {
        const id = `outcomes-${h.days}`;
        if (!h.complete || !h.participants || !h.comparison) {
          return <p key={h.days} data-testid="outcomes-pending" className="text-sm text-slate-700">{t("outcomesPending", { days: h.days, date: formatWitaDate(h.to, locale) })}</p>;
        }
        const groups = [
          { name: t("groupParticipants"), f: h.participants },
          { name: t("groupComparison"), f: h.comparison },
        ];
        return (
          <section key={h.days} aria-labelledby={id} data-testid={`outcomes-${h.days}`} className="space-y-3">
            <h3 id={id} className="text-base font-semibold text-slate-900">{t("horizon", { days: h.days })}</h3>
            <BarChart
              title={t("salesChart", { days: h.days })}
              bars={groups.map((g) => ({ label: g.name, value: g.f.meanSalesIdr }))}
              format={formatIdr}
              labelHeader={t("colGroup")}
              valueHeader={t("colSales")}
            />
            <ScrollTable labelledBy={id} hint={scrollHint}>
              <thead>
                <tr><Th sticky>{t("colGroup")}</Th><Th numeric>{t("colCount")}</Th><Th numeric>{t("colSales")}</Th><Th numeric>{t("colCerts")}</Th><Th numeric>{t("colOnTime")}</Th></tr>
              </thead>
              <tbody>
                {groups.map((g) => (
                  <Tr key={g.name}>
                    <RowTh>{g.name}</RowTh>
                    <Td numeric>{g.f.count}</Td>
                    <Td numeric>{formatIdr(g.f.meanSalesIdr)}</Td>
                    <Td numeric>{g.f.meanCertificatesGained.toFixed(2)}</Td>
                    <Td numeric>{share(g.f.onTimeShare, t("noData"))}</Td>
                  </Tr>
                ))}
              </tbody>
            </ScrollTable>
          </section>
        );
      })}
    </div>
  );
}
