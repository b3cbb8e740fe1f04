import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { requireViewer } from "@/app/_lib/require-viewer";
import { loadOrRespond } from "@/components/procurement/load";
import { DocumentLinesTable, PrintDocument } from "@/components/procurement/print-document";
import { formatWita } from "@/lib/domain/time/wita";
import { getOrder } from "@/lib/services/procurement/get-order";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("procurement.documents"))("suratPesanan") };
}

export default async function SuratPesananPage({ params }: Props) {
  const { id } = await params;
  const current = await requireViewer(`/pesanan/${id}/surat-pesanan`);
  const order = await loadOrRespond(() => getOrder(current, id));
  const seller = order.seller;
  const [t, locale] = await Promise.all([getTranslations("procurement.documents"), getLocale()]);
  return (
    <PrintDocument testId="surat-pesanan" printLabel={t("print")} backHref={`/pesanan/${order.id}`} backLabel={t("back")}>
      <header className="space-y-1 text-center">
        <p className="text-sm uppercase tracking-wide">{order.opdName}</p>
        <h1 className="text-2xl font-bold">{t("suratPesanan")}</h1>
        <p data-testid="document-number" className="font-semibold">{t("number", { number: order.number })}</p>
        {order.timeline.placedAt ? <p className="text-sm">{t("date", { date: formatWita(order.timeline.placedAt, locale) })}</p> : null}
      </header>
      <dl className="grid gap-4 sm:grid-cols-2">
        <div>
          <dt className="text-sm font-semibold uppercase">{t("orderer")}</dt>
          <dd>{order.opdName}</dd>
          {order.requestNumber ? <dd className="text-sm">{t("requestRef", { number: order.requestNumber })}</dd> : null}
        </div>
        <div>
          <dt className="text-sm font-semibold uppercase">{t("supplier")}</dt>
          <dd>{order.businessName}</dd>
          {seller ? (
            <dd className="text-sm">
              NIB {seller.nib} · {seller.kabupaten} · {seller.isUmk ? t("umk") : t("notUmk")}
            </dd>
          ) : null}
        </div>
      </dl>
      <DocumentLinesTable
        lines={order.lines.map((l, i) => ({ key: l.id, title: l.title, quantity: l.quantity, unitPriceIdr: l.unitPriceIdr, totalIdr: l.lineTotalIdr }))}
        totalIdr={order.totalIdr}
        labels={{ no: t("no"), item: t("item"), quantity: t("quantity"), unitPrice: t("unitPrice"), amount: t("amount"), total: t("total") }}
        locale={locale}
      />
      <div className="grid gap-8 pt-6 sm:grid-cols-2">
        <div className="flex min-h-40 flex-col justify-between gap-12 text-center">
          <p className="text-sm">{t("supplierSign")}</p>
          <p className="border-t border-slate-500 pt-1 text-sm">{order.businessName}</p>
        </div>
        <div className="flex min-h-40 flex-col justify-between gap-12 text-center">
          <p className="text-sm">
            {t("ppkSign")}
            {/* Orders are placed in the approving transaction: the placement time is the PPK's signature time. */}
            {order.timeline.placedAt ? <span className="block">{t("approvedAt", { date: formatWita(order.timeline.placedAt, locale) })}</span> : null}
          </p>
          <p className="border-t border-slate-500 pt-1 text-sm">{t("ppkOf", { opd: order.opdName })}</p>
        </div>
      </div>
    </PrintDocument>
  );
}
