import { notFound } from "next/navigation";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { requireViewer } from "@/app/_lib/require-viewer";
import { loadOrRespond } from "@/components/procurement/load";
import { PRINT_CELL, PrintDocument } from "@/components/procurement/print-document";
import { formatWita } from "@/lib/domain/time/wita";
import { formatCount, formatIdr } from "@/lib/domain/money/rupiah";
import { getOrder } from "@/lib/services/procurement/get-order";

type Props = { params: Promise<{ id: string; receiptId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("procurement.documents"))("bast") };
}

const cell = PRINT_CELL;

export default async function BastPage({ params }: Props) {
  const { id, receiptId } = await params;
  const current = await requireViewer(`/pesanan/${id}/bast/${receiptId}`);
  const order = await loadOrRespond(() => getOrder(current, id));
  const bast = order.basts.find((b) => b.id === receiptId);
  if (!bast) notFound();
  const [t, locale] = await Promise.all([getTranslations("procurement.documents"), getLocale()]);
  const signer = bast.signerName;
  return (
    <PrintDocument testId="bast-document" printLabel={t("print")} backHref={`/pesanan/${order.id}`} backLabel={t("back")}>
      <header className="space-y-1 text-center">
        <p className="text-sm uppercase tracking-wide">{order.opdName}</p>
        <h1 className="text-2xl font-bold">{t("bast")}</h1>
        <p data-testid="document-number" className="font-semibold">{t("number", { number: bast.number })}</p>
        <p className="text-sm">{t("date", { date: formatWita(bast.signedAt, locale) })}</p>
      </header>
      <p className="text-sm">{t("bastIntro", { order: order.number, supplier: order.businessName ?? "", opd: order.opdName })}</p>
      <table className="w-full border-collapse text-sm">
        <thead>
          <tr>
            <th className={`${cell} text-left`}>{t("no")}</th>
            <th className={`${cell} text-left`}>{t("item")}</th>
            <th className={`${cell} text-right`}>{t("ordered")}</th>
            <th className={`${cell} text-right`}>{t("receivedNow")}</th>
            <th className={`${cell} text-right`}>{t("unitPrice")}</th>
            <th className={`${cell} text-right`}>{t("amount")}</th>
          </tr>
        </thead>
        <tbody>
          {bast.lines.map((bl, i) => {
            const line = order.lines.find((l) => l.id === bl.orderLineId);
            return (
              <tr key={bl.orderLineId}>
                <td className={cell}>{i + 1}</td>
                <td className={cell}>{line?.title}</td>
                <td className={`${cell} text-right tabular-nums`}>{line ? formatCount(line.quantity, locale) : ""}</td>
                <td className={`${cell} text-right tabular-nums`} data-testid="bast-quantity">{formatCount(bl.quantity, locale)}</td>
                <td className={`${cell} text-right tabular-nums`}>{line ? formatIdr(line.unitPriceIdr) : ""}</td>
                <td className={`${cell} text-right tabular-nums`}>{line ? formatIdr(line.unitPriceIdr * bl.quantity) : ""}</td>
              </tr>
            );
          })}
          <tr>
            <td className={`${cell} font-semibold`} colSpan={5}>{t("receivedValue")}</td>
            <td className={`${cell} text-right font-bold tabular-nums`} data-testid="document-total">{formatIdr(bast.receivedValueIdr)}</td>
          </tr>
        </tbody>
      </table>
      {bast.note ? <p className="text-sm">{t("note")}: {bast.note}</p> : null}
      <div className="grid gap-8 pt-6 sm:grid-cols-2">
        <div className="flex min-h-40 flex-col justify-between gap-12 text-center">
          <p className="text-sm">{t("handedOverBy")}</p>
          <p className="border-t border-slate-500 pt-1 text-sm">{order.businessName}</p>
        </div>
        <div className="flex min-h-40 flex-col justify-between gap-12 text-center">
          <p className="text-sm">
            {t("receivedBy")}
            <span className="block" data-testid="bast-signed-at">{t("signedAt", { date: formatWita(bast.signedAt, locale) })}</span>
          </p>
          <p className="border-t border-slate-500 pt-1 text-sm" data-testid="bast-signer">{signer}</p>
        </div>
      </div>
    </PrintDocument>
  );
}
