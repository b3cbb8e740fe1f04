import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import { SectionHeading } from "@/components/ui/section-heading";
import { RowTh, ScrollTable, Td, Th, TotalTr, Tr } from "@/components/ui/table";
import { formatIdr } from "@/lib/domain/money/rupiah";

type BudgetLine = {
  id: string;
  code: string;
  name: string;
  ceilingIdr: number;
  committedIdr: number;
  realizedIdr: number;
};

/** What a buyer can still spend: the ceiling less what is promised to sellers and what is already paid. */
const availableIdr = (line: Pick<BudgetLine, "ceilingIdr" | "committedIdr" | "realizedIdr">) =>
  line.ceilingIdr - line.committedIdr - line.realizedIdr;

const sum = (lines: BudgetLine[], pick: (l: BudgetLine) => number) => lines.reduce((total, l) => total + pick(l), 0);

export async function BudgetLineTable({ opdId, fiscalYear, lines }: { opdId: string; fiscalYear: number; lines: BudgetLine[] }) {
  const t = await getTranslations();
  const headingId = `budget-lines-${opdId}`;
  const totals = {
    ceilingIdr: sum(lines, (l) => l.ceilingIdr),
    committedIdr: sum(lines, (l) => l.committedIdr),
    realizedIdr: sum(lines, (l) => l.realizedIdr),
  };
  return (
    <section aria-labelledby={headingId} className="space-y-3">
      <SectionHeading id={headingId}>{t("buyerHome.budgetLines", { year: fiscalYear })}</SectionHeading>
      {lines.length === 0 ? (
        <EmptyState>{t("buyerHome.noLines")}</EmptyState>
      ) : (
        <ScrollTable labelledBy={headingId} hint={t("common.scrollHint")}>
          <thead>
            <tr>
              <Th sticky>{t("buyerHome.colCode")}</Th>
              <Th>{t("buyerHome.colName")}</Th>
              <Th numeric>{t("buyerHome.colCeiling")}</Th>
              <Th numeric>{t("buyerHome.colCommitted")}</Th>
              <Th numeric>{t("buyerHome.colRealized")}</Th>
              <Th numeric>{t("buyerHome.colAvailable")}</Th>
            </tr>
          </thead>
          <tbody>
            {lines.map((line) => (
              <Tr key={line.id}>
                <RowTh>
                  <span className="font-mono text-xs sm:text-sm">{line.code}</span>
                </RowTh>
                <Td>
                  <span className="block min-w-40">{line.name}</span>
                </Td>
                <Td numeric>{formatIdr(line.ceilingIdr)}</Td>
                <Td numeric>{formatIdr(line.committedIdr)}</Td>
                <Td numeric>{formatIdr(line.realizedIdr)}</Td>
                <Td numeric>
                  <strong className="font-semibold text-emerald-900">{formatIdr(availableIdr(line))}</strong>
                </Td>
              </Tr>
            ))}
          </tbody>
          {lines.length > 1 ? (
            <tfoot>
              <TotalTr>
                <RowTh>{t("buyerHome.total")}</RowTh>
                <Td>{null}</Td>
                <Td numeric>{formatIdr(totals.ceilingIdr)}</Td>
                <Td numeric>{formatIdr(totals.committedIdr)}</Td>
                <Td numeric>{formatIdr(totals.realizedIdr)}</Td>
                <Td numeric>{formatIdr(availableIdr(totals))}</Td>
              </TotalTr>
            </tfoot>
          ) : null}
        </ScrollTable>
      )}
    </section>
  );
}
