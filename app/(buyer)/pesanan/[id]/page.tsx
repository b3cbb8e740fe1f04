import Link from "next/link";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { requireViewer } from "@/app/_lib/require-viewer";
import { loadOrRespond } from "@/components/procurement/load";
import { OrderPaymentSection } from "@/components/payments/order-payment-section";
import { OrderActions } from "@/components/procurement/order-actions";
import { OrderStatusBadge } from "@/components/procurement/status-badge";
import { Badge } from "@/components/ui/badge";
import { HomeTitle } from "@/components/ui/home-title";
import { AmountTotalRow, RowTh, ScrollTable, Td, Th, Tr } from "@/components/ui/table";
import { can } from "@/lib/domain/auth/can";
import { formatWita } from "@/lib/domain/time/wita";
import { formatCount, formatIdr } from "@/lib/domain/money/rupiah";
import { getOrder } from "@/lib/services/procurement/get-order";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("procurement.order"))("metaTitle") };
}

type StepKey = "placed" | "accepted" | "declined" | "shipped" | "bast" | "rated" | "cancelled";

export default async function OrderPage({ params, searchParams }: Props) {
  const { id } = await params;
  const current = await requireViewer(`/pesanan/${id}`);
  const order = await loadOrRespond(() => getOrder(current, id));
  const query = await searchParams;
  const [t, locale] = await Promise.all([getTranslations("procurement.order"), getLocale()]);
  const isSeller = can(current, "order.fulfil", { businessId: order.businessId });
  const tl = order.timeline;
  const steps = [
    { key: "placed", at: tl.placedAt, note: null },
    { key: "accepted", at: tl.acceptedAt, note: null },
    { key: "declined", at: tl.declinedAt, note: tl.declineReason },
    { key: "shipped", at: tl.shippedAt, note: tl.shipNote },
    ...order.basts.map((b) => ({ key: "bast", at: b.signedAt, note: `${b.number} · ${formatIdr(b.receivedValueIdr)}${b.note ? ` · ${b.note}` : ""}` })),
    ...(order.rating ? [{ key: "rated", at: order.rating.createdAt, note: `${"★".repeat(order.rating.stars)}${order.rating.comment ? ` · ${order.rating.comment}` : ""}` }] : []),
  ].filter((s) => s.at !== null) as Array<{ key: StepKey; at: Date; note: string | null }>;
  if (tl.cancelled) steps.push({ key: "cancelled", at: tl.cancelled.at!, note: tl.cancelled.reason });

  return (
    <article data-testid="order-page" data-order-id={order.id} data-status={order.status} aria-labelledby="home-title" className="space-y-6">
      <p>
        <Link href={isSeller ? "/penjual/pesanan" : "/pesanan"} className="text-sm font-semibold text-emerald-800 underline underline-offset-4">
          {t("backToList")}
        </Link>
      </p>
      <HomeTitle lead={`${order.opdName} → ${order.businessName ?? ""}`}>{t("title", { number: order.number })}</HomeTitle>
      {query.bast ? (
        <p role="status" data-testid="bast-signed" className="rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          {t("bastSignedNotice")}
        </p>
      ) : null}

      <dl className="grid grid-cols-1 gap-x-6 gap-y-2 rounded-lg border border-slate-200 bg-white p-4 text-sm sm:grid-cols-2">
        <div className="flex flex-wrap items-center gap-2">
          <dt className="text-slate-600">{t("status")}</dt>
          <dd>
            <OrderStatusBadge status={order.status} />
          </dd>
        </div>
        <div>
          <dt className="text-slate-600">{t("total")}</dt>
          <dd className="font-semibold tabular-nums text-slate-900">{formatIdr(order.totalIdr)}</dd>
        </div>
        <div>
          <dt className="text-slate-600">{t("buyerOpd")}</dt>
          <dd className="text-slate-900">{order.opdName}</dd>
        </div>
        <div>
          <dt className="text-slate-600">{t("seller")}</dt>
          <dd className="text-slate-900">{order.businessName}</dd>
        </div>
        {order.requestNumber ? (
          <div>
            <dt className="text-slate-600">{t("request")}</dt>
            <dd>
              {isSeller ? (
                order.requestNumber
              ) : (
                <Link href={`/permintaan/${order.requestId}`} className="text-emerald-800 underline underline-offset-4">
                  {order.requestNumber}
                </Link>
              )}
            </dd>
          </div>
        ) : null}
        <div>
          <dt className="text-slate-600">{t("documents")}</dt>
          <dd className="flex flex-wrap gap-x-3 gap-y-1">
            <Link href={`/pesanan/${order.id}/surat-pesanan`} data-testid="surat-pesanan-link" className="text-emerald-800 underline underline-offset-4">
              {t("suratPesanan")}
            </Link>
            {order.basts.map((b) => (
              <Link key={b.id} href={`/pesanan/${order.id}/bast/${b.id}`} data-testid="bast-link" className="text-emerald-800 underline underline-offset-4">
                {t("bastNumber", { number: b.number })}
              </Link>
            ))}
          </dd>
        </div>
      </dl>

      <section aria-labelledby="timeline-title" className="space-y-2">
        <h2 id="timeline-title" className="text-lg font-semibold text-slate-900">{t("timeline")}</h2>
        <ol data-testid="order-timeline" className="space-y-2 border-l-2 border-emerald-200 pl-4">
          {steps.map((s, i) => (
            <li key={`${s.key}-${i}`} data-testid="timeline-step" data-step={s.key} className="space-y-0.5">
              <p className="font-semibold text-slate-900">{t(`steps.${s.key}`)}</p>
              <p className="text-sm text-slate-600">{formatWita(s.at, locale)}</p>
              {s.note ? <p className="text-sm text-slate-800">{s.note}</p> : null}
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="order-lines-title" className="space-y-2">
        <h2 id="order-lines-title" className="text-lg font-semibold text-slate-900">{t("lines")}</h2>
        <ScrollTable labelledBy="order-lines-title" hint={t("scrollHint")}>
          <thead>
            <tr>
              <Th sticky>{t("product")}</Th>
              <Th numeric>{t("quantity")}</Th>
              <Th numeric>{t("received")}</Th>
              <Th numeric>{t("unitPrice")}</Th>
              <Th numeric>{t("lineTotal")}</Th>
            </tr>
          </thead>
          <tbody>
            {order.lines.map((l) => (
              <Tr key={l.id}>
                <RowTh>
                  <span className="block">{l.title}</span>
                  <span className="mt-1 flex flex-wrap gap-1">
                    {l.sellerIsUmk ? <Badge tone="success">{t("umk")}</Badge> : <Badge tone="danger">{t("notUmk")}</Badge>}
                    {l.isLocal ? <Badge tone="info">{t("local")}</Badge> : null}
                  </span>
                </RowTh>
                <Td numeric>{formatCount(l.quantity, locale)}</Td>
                <Td numeric>
                  <span data-testid="line-received">{formatCount(l.receivedQuantity, locale)}</span>
                </Td>
                <Td numeric>{formatIdr(l.unitPriceIdr)}</Td>
                <Td numeric>{formatIdr(l.lineTotalIdr)}</Td>
              </Tr>
            ))}
            <AmountTotalRow label={t("total")} blankCells={3} amount={formatIdr(order.totalIdr)} />
          </tbody>
        </ScrollTable>
      </section>

      {order.rating ? (
        <p data-testid="order-rating" className="rounded-md border border-slate-200 bg-white px-3 py-2 text-sm">
          {t("ratedAs", { count: order.rating.stars })} {order.rating.comment ? `— ${order.rating.comment}` : null}
        </p>
      ) : null}

      <OrderPaymentSection viewer={current} order={order} />

      <OrderActions order={order} />
    </article>
  );
}
