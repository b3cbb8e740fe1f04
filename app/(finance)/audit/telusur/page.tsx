import Link from "next/link";
import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireViewer } from "@/app/_lib/require-viewer";
import { drillYear } from "@/components/flags/drill-nav";
import { FiscalYearSelect, yearFrom, yearOptions } from "@/components/procurement/compliance-summary-table";
import { HomeTitle } from "@/components/ui/home-title";
import { RowTh, ScrollTable, Td, Th, Tr } from "@/components/ui/table";
import { formatIdr } from "@/lib/domain/money/rupiah";
import { witaYear } from "@/lib/domain/time/wita";
import { AppError } from "@/lib/errors";
import { drillRegion } from "@/lib/services/flags/drill-down";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("flags.drill"))("regionTitle", { year: witaYear(new Date()) }) };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const link = "font-semibold text-emerald-800 underline underline-offset-4";

/** Drill-down, step 1: the region's OPDs with their year's requests, orders, spend and red flags. */
export default async function DrillRegionPage({ searchParams }: { searchParams: SearchParams }) {
  const current = await requireViewer("/audit/telusur");
  const thisYear = witaYear(new Date());
  const year = yearFrom((await searchParams).tahun, thisYear);
  const [opds, t, tc] = await Promise.all([drillRegion(current, year), getTranslations("flags.drill"), getTranslations("common")]).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "forbidden") forbidden();
    throw error;
  });
  return (
    <section data-testid="drill-region" aria-labelledby="home-title" className="space-y-6">
      <HomeTitle lead={t("regionLead")}>{t("regionTitle", { year })}</HomeTitle>
      <FiscalYearSelect action="/audit/telusur" year={year} years={yearOptions(thisYear)} />
      <h2 id="drill-opds" className="sr-only">{t("opdColumn")}</h2>
      <ScrollTable labelledBy="drill-opds" hint={tc("scrollHint")}>
        <thead>
          <tr>
            <Th sticky>{t("opdColumn")}</Th>
            <Th numeric>{t("buyerColumn")}</Th>
            <Th numeric>{t("requests")}</Th>
            <Th numeric>{t("orders")}</Th>
            <Th numeric>{t("spend")}</Th>
            <Th numeric>{t("flags")}</Th>
          </tr>
        </thead>
        <tbody>
          {opds.map((o) => (
            <Tr key={o.id}>
              <RowTh><Link href={`/audit/telusur/${o.id}${drillYear(year)}`} className={link} data-testid="drill-opd-link" data-has-buyers={o.buyers > 0 ? "" : undefined}>{o.name}</Link></RowTh>
              <Td numeric>{o.buyers}</Td>
              <Td numeric>{o.requests}</Td>
              <Td numeric>{o.orders}</Td>
              <Td numeric>{formatIdr(o.spendIdr)}</Td>
              <Td numeric>{o.flags > 0 ? <Link href={`/audit/tanda?tahun=${year}&opd=${o.id}`} className={link}>{o.flags}</Link> : 0}</Td>
            </Tr>
          ))}
        </tbody>
      </ScrollTable>
    </section>
  );
}
