import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import { RowTh, ScrollTable, Td, Th, Tr } from "@/components/ui/table";
import { formatWita } from "@/lib/domain/time/wita";
import { formatIdr } from "@/lib/domain/money/rupiah";
import type { OrderStatus } from "@/lib/domain/procurement/state-machine";
import { OrderStatusBadge } from "./status-badge";

type Row = { id: string; number: string; status: OrderStatus; totalIdr: number; businessName: string; opdName: string; placedAt: Date | null };

/** Orders as a table; the counterparty column is the seller for buyers and the OPD for sellers. */
export async function OrderTable({ orders, counterparty, labelledBy }: { orders: Row[]; counterparty: "seller" | "opd"; labelledBy: string }) {
  const [t, locale] = await Promise.all([getTranslations("procurement.orders"), getLocale()]);
  if (orders.length === 0) return <EmptyState>{t("empty")}</EmptyState>;
  return (
    <ScrollTable labelledBy={labelledBy} hint={t("scrollHint")}>
      <thead>
        <tr>
          <Th sticky>{t("number")}</Th>
          <Th>{t("status")}</Th>
          <Th>{counterparty === "seller" ? t("seller") : t("opd")}</Th>
          <Th numeric>{t("total")}</Th>
          <Th>{t("placedAt")}</Th>
        </tr>
      </thead>
      <tbody>
        {orders.map((o) => (
          <Tr key={o.id}>
            <RowTh>
              <Link href={`/pesanan/${o.id}`} data-testid="order-link" data-order-id={o.id} className="text-emerald-800 underline underline-offset-4">
                {o.number}
              </Link>
            </RowTh>
            <Td>
              <OrderStatusBadge status={o.status} />
            </Td>
            <Td>{counterparty === "seller" ? o.businessName : o.opdName}</Td>
            <Td numeric>{formatIdr(o.totalIdr)}</Td>
            <Td>{o.placedAt ? formatWita(o.placedAt, locale) : "—"}</Td>
          </Tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
