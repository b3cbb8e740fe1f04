import Link from "next/link";
import { redirect } from "next/navigation";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireViewer } from "@/app/_lib/require-viewer";
import { OrderActions } from "@/components/procurement/order-actions";
import { OrderTable } from "@/components/procurement/order-table";
import { OrderStatusBadge } from "@/components/procurement/status-badge";
import { EmptyState } from "@/components/ui/empty-state";
import { HomeTitle } from "@/components/ui/home-title";
import { can } from "@/lib/domain/auth/can";
import { formatIdr } from "@/lib/domain/money/rupiah";
import { listOrders } from "@/lib/services/procurement/list-orders";
import { listOrdersAwaitingSeller } from "@/lib/services/procurement/list-orders-awaiting-seller";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("procurement.sellerOrders"))("title") };
}

/** A seller's incoming Surat Pesanan: the ones waiting for them first, each with its actions, then the rest. */
export default async function SellerOrdersPage() {
  const current = await requireViewer("/penjual/pesanan");
  const businessIds = new Set(current.memberships.filter((m) => m.businessId && can(current, "order.fulfil", { businessId: m.businessId })).map((m) => m.businessId!));
  if (businessIds.size === 0) redirect("/penjual");
  const orders = (await listOrders(current)).filter((o) => businessIds.has(o.businessId));
  const waiting = await listOrdersAwaitingSeller(current);
  const t = await getTranslations("procurement.sellerOrders");
  return (
    <section data-testid="seller-orders" aria-labelledby="home-title" className="space-y-6">
      <HomeTitle lead={t("lead")}>{t("title")}</HomeTitle>
      <section aria-labelledby="waiting-title" className="space-y-3">
        <h2 id="waiting-title" className="text-lg font-semibold text-slate-900">{t("waiting", { count: waiting.length })}</h2>
        {waiting.length === 0 ? <EmptyState>{t("nothingWaiting")}</EmptyState> : null}
        {waiting.map((order) => (
          <article key={order.id} id={`order-${order.id}`} data-testid="seller-order" data-order-id={order.id} data-status={order.status} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
            <div className="flex flex-wrap items-center gap-2">
              <Link href={`/pesanan/${order.id}`} className="text-lg font-semibold text-emerald-800 underline underline-offset-4">
                {order.number}
              </Link>
              <OrderStatusBadge status={order.status} />
              <span className="ml-auto font-semibold tabular-nums">{formatIdr(order.totalIdr)}</span>
            </div>
            <p className="text-sm text-slate-700">{order.opdName}</p>
            <ul className="list-inside list-disc text-sm text-slate-800">
              {order.lines.map((l) => (
                <li key={l.id}>{t("line", { title: l.title, quantity: l.quantity })}</li>
              ))}
            </ul>
            <OrderActions order={order} back="seller" />
          </article>
        ))}
      </section>
      <section aria-labelledby="all-title" className="space-y-3">
        <h2 id="all-title" className="text-lg font-semibold text-slate-900">{t("all")}</h2>
        <OrderTable orders={orders} counterparty="opd" labelledBy="all-title" />
      </section>
    </section>
  );
}
