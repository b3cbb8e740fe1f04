import Link from "next/link";
import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireViewer } from "@/app/_lib/require-viewer";
import { DrillTrail, drillYear } from "@/components/flags/drill-nav";
import { yearFrom } from "@/components/procurement/compliance-summary-table";
import { RequestStatusBadge } from "@/components/procurement/status-badge";
import { EmptyState } from "@/components/ui/empty-state";
import { HomeTitle } from "@/components/ui/home-title";
import { RowTh, ScrollTable, Td, Th, Tr } from "@/components/ui/table";
import { formatIdr } from "@/lib/domain/money/rupiah";
import { formatWita, witaYear } from "@/lib/domain/time/wita";
import { AppError } from "@/lib/errors";
import { drillBuyer } from "@/lib/services/flags/drill-down";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("flags.drill"))("requests") };
}

type Props = { params: Promise<{ opdId: string; buyerId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };
const link = "font-semibold text-emerald-800 underline underline-offset-4";
const UUID = /^[0-9a-f-]{36}$/i;

/** Drill-down, step 3: one buyer's requests, each one click from its page and its orders (BAST, evidence, payment). */
export default async function DrillBuyerPage({ params, searchParams }: Props) {
  const { opdId, buyerId } = await params;
  const current = await requireViewer(`/audit/telusur/${opdId}/pembeli/${buyerId}`);
  if (!UUID.test(opdId) || !UUID.test(buyerId)) notFound();
  const year = yearFrom((await searchParams).tahun, witaYear(new Date()));
  const [view, t, tc, locale] = await Promise.all([drillBuyer(current, opdId, buyerId, year), getTranslations("flags.drill"), getTranslations("common"), getLocale()]).catch(
    (error: unknown) => {
      if (error instanceof AppError && error.code === "forbidden") forbidden();
      if (error instanceof AppError && error.code === "not_found") notFound();
      throw error;
    },
  );
  return (
    <section data-testid="drill-buyer" aria-labelledby="home-title" className="space-y-6">
      <DrillTrail
        label={t("backOpd")}
        steps={[
          { href: `/audit/telusur${drillYear(year)}`, label: t("regionTitle", { year }) },
          { href: `/audit/telusur/${view.opd.id}${drillYear(year)}`, label: view.opd.name },
        ]}
      />
      <HomeTitle>{t("buyerTitle", { buyer: view.buyer.name })}</HomeTitle>
      <h2 id="drill-requests" className="sr-only">{t("requests")}</h2>
      {view.requests.length === 0 ? (
        <EmptyState>{t("noRequests")}</EmptyState>
      ) : (
        <ScrollTable labelledBy="drill-requests" hint={tc("scrollHint")}>
          <thead>
            <tr>
              <Th sticky>{t("request")}</Th>
              <Th>{t("purpose")}</Th>
              <Th>{t("status")}</Th>
              <Th>{t("submitted")}</Th>
              <Th numeric>{t("spend")}</Th>
              <Th>{t("orderLinks")}</Th>
            </tr>
          </thead>
          <tbody>
            {view.requests.map((r) => (
              <Tr key={r.id}>
                <RowTh><Link href={`/permintaan/${r.id}`} className={link} data-testid="drill-request-link">{r.number}</Link></RowTh>
                <Td>{r.purpose}</Td>
                <Td><RequestStatusBadge status={r.status} /></Td>
                <Td>{formatWita(r.submittedAt, locale)}</Td>
                <Td numeric>{formatIdr(r.totalIdr)}</Td>
                <Td>
                  <span className="flex flex-wrap gap-2">
                    {r.orders.map((o) => <Link key={o.id} href={`/pesanan/${o.id}`} className={link} data-testid="drill-order-link">{o.number}</Link>)}
                  </span>
                </Td>
              </Tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
    </section>
  );
}
