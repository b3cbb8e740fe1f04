import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import { SectionHeading } from "@/components/ui/section-heading";
import { RowTh, ScrollTable, Td, Th, TotalTr, Tr } from "@/components/ui/table";
import { formatIdr } from "@/lib/domain/money/rupiah";

type OpdBudget = {
  opdId: string;
  name: string;
  shortName: string;
  lineCount: number;
  ceilingIdr: number;
  committedIdr: number;
  realizedIdr: number;
};

const usedPercent = (o: Pick<OpdBudget, "ceilingIdr" | "committedIdr" | "realizedIdr">) =>
  o.ceilingIdr > 0 ? Math.round(((o.committedIdr + o.realizedIdr) / o.ceilingIdr) * 100) : 0;

export async function RegionBudgetTable(props: { regionId: string; regionName: string; fiscalYear: number; opds: OpdBudget[] }) {
  const { regionId, regionName, fiscalYear, opds } = props;
  const t = await getTranslations();
  const headingId = `region-${regionId}`;
  const totals = opds.reduce(
    (acc, o) => ({
      ceilingIdr: acc.ceilingIdr + o.ceilingIdr,
      committedIdr: acc.committedIdr + o.committedIdr,
      realizedIdr: acc.realizedIdr + o.realizedIdr,
      lineCount: acc.lineCount + o.lineCount,
    }),
    { ceilingIdr: 0, committedIdr: 0, realizedIdr: 0, lineCount: 0 },
  );
  return (
    <section aria-labelledby={headingId} className="space-y-3">
      <SectionHeading id={headingId} aside={regionName}>
        {t("auditorHome.opds", { year: fiscalYear })}
      </SectionHeading>
      {opds.length === 0 ? (
        <EmptyState>{t("auditorHome.noOpds")}</EmptyState>
      ) : (
        <ScrollTable labelledBy={headingId} hint={t("common.scrollHint")}>
          <thead>
            <tr>
              <Th sticky>{t("auditorHome.colOpd")}</Th>
              <Th numeric>{t("auditorHome.colLines")}</Th>
              <Th numeric>{t("auditorHome.colCeiling")}</Th>
              <Th numeric>{t("auditorHome.colCommitted")}</Th>
              <Th numeric>{t("auditorHome.colRealized")}</Th>
              <Th numeric>{t("auditorHome.colUsed")}</Th>
            </tr>
          </thead>
          <tbody>
            {opds.map((o) => (
              <Tr key={o.opdId}>
                <RowTh>
                  <abbr title={o.name} className="no-underline sm:hidden">
                    {o.shortName}
                  </abbr>
                  <span className="hidden sm:inline">{o.name}</span>
                </RowTh>
                <Td numeric>{o.lineCount}</Td>
                <Td numeric>{formatIdr(o.ceilingIdr)}</Td>
                <Td numeric>{formatIdr(o.committedIdr)}</Td>
                <Td numeric>{formatIdr(o.realizedIdr)}</Td>
                <Td numeric>{usedPercent(o)} %</Td>
              </Tr>
            ))}
          </tbody>
          <tfoot>
            <TotalTr>
              <RowTh>{t("auditorHome.total")}</RowTh>
              <Td numeric>{totals.lineCount}</Td>
              <Td numeric>{formatIdr(totals.ceilingIdr)}</Td>
              <Td numeric>{formatIdr(totals.committedIdr)}</Td>
              <Td numeric>{formatIdr(totals.realizedIdr)}</Td>
              <Td numeric>{usedPercent(totals)} %</Td>
            </TotalTr>
          </tfoot>
        </ScrollTable>
      )}
    </section>
  );
}
