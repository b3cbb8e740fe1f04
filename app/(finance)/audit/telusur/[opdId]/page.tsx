import Link from "next/link";
import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireViewer } from "@/app/_lib/require-viewer";
import { DrillTrail, drillYear } from "@/components/flags/drill-nav";
import { yearFrom } from "@/components/procurement/compliance-summary-table";
import { EmptyState } from "@/components/ui/empty-state";
import { HomeTitle } from "@/components/ui/home-title";
import { RowTh, ScrollTable, Td, Th, Tr } from "@/components/ui/table";
import { formatIdr } from "@/lib/domain/money/rupiah";
import { witaYear } from "@/lib/domain/time/wita";
import { AppError } from "@/lib/errors";
import { drillOpd } from "@/lib/services/flags/drill-down";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("flags.drill"))("buyerColumn") };
}

type Props = { params: Promise<{ opdId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };
const link = "font-semibold text-emerald-800 underline underline-offset-4";

/** Drill-down, step 2: one OPD's buyers with their year's requests, orders, spend and red flags. */
export default async function DrillOpdPage({ params, searchParams }: Props) {
  const { opdId } = await params;
  const current = await requireViewer(`/audit/telusur/${opdId}`);
  if (!/^[0-9a-f-]{36}$/i.test(opdId)) notFound();
  const year = yearFrom((await searchParams).tahun, witaYear(new Date()));
  const [view, t, tc] = await Promise.all([drillOpd(current, opdId, year), getTranslations("flags.drill"), getTranslations("common")]).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "forbidden") forbidden();
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  return (
    <section data-testid="drill-opd" aria-labelledby="home-title" className="space-y-6">
      <DrillTrail label={t("backRegion")} steps={[{ href: `/audit/telusur${drillYear(year)}`, label: t("regionTitle", { year }) }]} />
      <HomeTitle>{t("opdTitle", { opd: view.opd.name })}</HomeTitle>
      <p>
        <Link href={`/audit/tanda?tahun=${year}&opd=${view.opd.id}`} className={link}>{t("flagsOfOpd")} ({view.flags})</Link>
        {" · "}
        <Link href={`/audit/kepatuhan/${view.opd.id}?tahun=${year}`} className={link}>{t("requests")}</Link>
      </p>
      <h2 id="drill-buyers" className="sr-only">{t("buyerColumn")}</h2>
      {view.buyers.length === 0 ? (
        <EmptyState>{t("noBuyers")}</EmptyState>
      ) : (
        <ScrollTable labelledBy="drill-buyers" hint={tc("scrollHint")}>
          <thead>
            <tr>
              <Th sticky>{t("buyerColumn")}</Th>
              <Th numeric>{t("requests")}</Th>
              <Th numeric>{t("orders")}</Th>
              <Th numeric>{t("spend")}</Th>
              <Th numeric>{t("flags")}</Th>
            </tr>
          </thead>
          <tbody>
            {view.buyers.map((b) => (
              <Tr key={b.buyerId}>
                <RowTh><Link href={`/audit/telusur/${view.opd.id}/pembeli/${b.buyerId}${drillYear(year)}`} className={link} data-testid="drill-buyer-link">{b.buyerName}</Link></RowTh>
                <Td numeric>{b.requests}</Td>
                <Td numeric>{b.orders}</Td>
                <Td numeric>{formatIdr(b.spendIdr)}</Td>
                <Td numeric>{b.flags}</Td>
              </Tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
    </section>
  );
}
