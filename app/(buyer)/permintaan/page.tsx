import Link from "next/link";
import { forbidden } from "next/navigation";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { requireViewer } from "@/app/_lib/require-viewer";
import { RequestStatusBadge } from "@/components/procurement/status-badge";
import { EmptyState } from "@/components/ui/empty-state";
import { HomeTitle } from "@/components/ui/home-title";
import { RowTh, ScrollTable, Td, Th, Tr } from "@/components/ui/table";
import { formatWita } from "@/lib/domain/time/wita";
import { formatIdr } from "@/lib/domain/money/rupiah";
import { listMyPurchaseRequests } from "@/lib/services/procurement/list-my-purchase-requests";
import { opdsWhere } from "@/lib/auth/scopes";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("procurement.myRequests"))("title") };
}

export default async function MyRequestsPage() {
  const current = await requireViewer("/permintaan");
  if (opdsWhere(current, "purchase_request.create").length === 0) forbidden();
  const [requests, t, locale] = await Promise.all([listMyPurchaseRequests(current), getTranslations("procurement.myRequests"), getLocale()]);
  return (
    <section data-testid="my-requests" aria-labelledby="home-title" className="space-y-6">
      <HomeTitle lead={t("lead")}>{t("title")}</HomeTitle>
      <p>
        <Link href="/keranjang" className="inline-flex min-h-11 items-center rounded-md bg-emerald-800 px-4 font-semibold text-white hover:bg-emerald-900">
          {t("toCart")}
        </Link>
      </p>
      {requests.length === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <ScrollTable labelledBy="home-title" hint={t("scrollHint")}>
          <thead>
            <tr>
              <Th sticky>{t("number")}</Th>
              <Th>{t("status")}</Th>
              <Th>{t("purpose")}</Th>
              <Th numeric>{t("total")}</Th>
              <Th>{t("date")}</Th>
            </tr>
          </thead>
          <tbody>
            {requests.map((r) => (
              <Tr key={r.id}>
                <RowTh>
                  <Link href={`/permintaan/${r.id}`} data-testid="my-request-link" className="text-emerald-800 underline underline-offset-4">
                    {r.number}
                  </Link>
                </RowTh>
                <Td>
                  <RequestStatusBadge status={r.status} />
                </Td>
                <Td>{r.purpose}</Td>
                <Td numeric>{formatIdr(r.totalIdr)}</Td>
                <Td>{formatWita(r.submittedAt ?? r.createdAt, locale)}</Td>
              </Tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
    </section>
  );
}
