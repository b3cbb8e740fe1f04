import { notFound } from "next/navigation";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { requireViewer } from "@/app/_lib/require-viewer";
import { loadOrRespond } from "@/components/procurement/load";
import { DocumentLinesTable, PrintDocument } from "@/components/procurement/print-document";
import { formatWita } from "@/lib/domain/time/wita";
import { getInvoice } from "@/lib/services/payments";

type Props = { params: Promise<{ id: string; invoiceId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("payments.invoice"))("metaTitle") };
}

/** The seller's invoice to the OPD for what one BAST received; prints as an A4 sheet like the SP and BAST. */
export default async function InvoicePage({ params }: Props) {
  const { id, invoiceId } = await params;
  const current = await requireViewer(`/pesanan/${id}/faktur/${invoiceId}`);
  const invoice = await loadOrRespond(() => getInvoice(current, invoiceId));
  if (invoice.order.id !== id) notFound();
  const [t, tc, locale] = await Promise.all([getTranslations("payments.invoice"), getTranslations("payments.common"), getLocale()]);
  const s = invoice.seller;
  return (
    <PrintDocument testId="invoice-document" printLabel={t("print")} backHref={`/pesanan/${id}`} backLabel={t("back")}>
      <header className="space-y-1 text-center">
        <p className="text-sm uppercase tracking-wide">{s.name}</p>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p data-testid="document-number" className="break-all font-semibold">{t("number", { number: invoice.number })}</p>
        <p className="text-sm">{t("date", { date: formatWita(invoice.issuedAt, locale, { time: false }) })}</p>
        {invoice.stamp?.kind === "paid" ? (
          <p data-testid="invoice-stamp" data-status="paid" className="mx-auto inline-block rotate-[-4deg] border-2 border-emerald-800 px-3 py-1 text-lg font-bold text-emerald-800">
            {t("paidStamp", { date: formatWita(invoice.stamp.at, locale, { time: false }) })}
          </p>
        ) : invoice.stamp?.kind === "cancelled" ? (
          <p data-testid="invoice-stamp" data-status="cancelled" className="mx-auto inline-block border-2 border-red-800 px-3 py-1 text-lg font-bold text-red-800">{t("cancelledStamp")}</p>
        ) : null}
      </header>
      <div className="grid gap-4 text-sm sm:grid-cols-2">
        <div className="space-y-0.5">
          <p className="font-semibold">{t("from")}</p>
          <p>{s.name}</p>
          <p>{t("nib", { nib: s.nib })}</p>
          <p>{s.address}</p>
          <p>{s.kabupaten}</p>
        </div>
        <div className="space-y-0.5">
          <p className="font-semibold">{t("to")}</p>
          <p data-testid="invoice-buyer">{invoice.buyer.opdName}</p>
        </div>
      </div>
      <p className="text-sm">
        {t("basis", { bast: invoice.bast.number, date: formatWita(invoice.bast.signedAt, locale, { time: false }), signer: invoice.bast.signerName, order: invoice.order.number })}
      </p>
      {/* Scrolls sideways on a phone: focusable and named, so a keyboard can scroll it too. */}
      <div role="group" aria-label={t("linesLabel")} tabIndex={0} className="overflow-x-auto">
        <DocumentLinesTable
          lines={invoice.lines.map((l, i) => ({ key: `${l.title}-${i}`, title: l.title, quantity: l.quantity, unitPriceIdr: l.unitPriceIdr, totalIdr: l.totalIdr }))}
          totalIdr={invoice.amountIdr}
          labels={{ no: t("no"), item: t("item"), quantity: t("quantity"), unitPrice: t("unitPrice"), amount: t("amount"), total: t("total") }}
          locale={locale}
        />
      </div>
      <div className="space-y-0.5 text-sm" data-testid="invoice-pay-to">
        <p className="font-semibold">{t("payTo")}</p>
        {s.bankName || s.accountNumber ? (
          <p className="break-all">
            {s.bankName ?? ""} · {s.accountNumber ?? ""} · {tc("accountName")}: {s.accountName ?? ""}
          </p>
        ) : (
          <p>{tc("noBankAccount")}</p>
        )}
      </div>
      <div className="grid gap-8 pt-6 sm:grid-cols-2">
        <div />
        <div className="flex min-h-40 flex-col justify-between gap-12 text-center">
          <p className="text-sm">{t("seller")}</p>
          <p className="border-t border-slate-500 pt-1 text-sm">{s.name}</p>
        </div>
      </div>
    </PrintDocument>
  );
}
