import type { ReactNode } from "react";
import { formatCount, formatIdr } from "@/lib/domain/money/rupiah";
import { PrintButton } from "./print-button";

/** A document page (Surat Pesanan, BAST) that prints as a clean A4 sheet without navigation (print rules: app/globals.css). */
export function PrintDocument({ children, printLabel, backHref, backLabel, testId }: { children: ReactNode; printLabel: string; backHref: string; backLabel: string; testId: string }) {
  return (
    <>
      <div data-print-hidden className="mb-4 flex flex-wrap items-center justify-between gap-2">
        <a href={backHref} className="text-sm font-semibold text-emerald-800 underline underline-offset-4">
          {backLabel}
        </a>
        <PrintButton label={printLabel} />
      </div>
      <article data-testid={testId} className="print-sheet mx-auto max-w-3xl space-y-6 rounded-lg border border-slate-300 bg-white p-6 text-slate-900 sm:p-10">
        {children}
      </article>
    </>
  );
}

/** The bordered cell of printed documents. */
export const PRINT_CELL = "border border-slate-400 px-2 py-1 align-top";

type DocumentLine = { key: string; title: string; quantity: number; unitPriceIdr: number; totalIdr: number };
type DocumentLineLabels = { no: string; item: string; quantity: string; unitPrice: string; amount: string; total: string };

/** The numbered goods table of a Surat Pesanan or an invoice, with its total row. */
export function DocumentLinesTable({ lines, totalIdr, labels, locale }: { lines: DocumentLine[]; totalIdr: number; labels: DocumentLineLabels; locale: string }) {
  const cell = PRINT_CELL;
  return (
    <table className="w-full border-collapse text-sm">
      <thead>
        <tr>
          <th className={`${cell} text-left`}>{labels.no}</th>
          <th className={`${cell} text-left`}>{labels.item}</th>
          <th className={`${cell} text-right`}>{labels.quantity}</th>
          <th className={`${cell} text-right`}>{labels.unitPrice}</th>
          <th className={`${cell} text-right`}>{labels.amount}</th>
        </tr>
      </thead>
      <tbody>
        {lines.map((l, i) => (
          <tr key={l.key}>
            <td className={cell}>{i + 1}</td>
            <td className={cell}>{l.title}</td>
            <td className={`${cell} text-right tabular-nums`}>{formatCount(l.quantity, locale)}</td>
            <td className={`${cell} text-right tabular-nums`}>{formatIdr(l.unitPriceIdr)}</td>
            <td className={`${cell} text-right tabular-nums`}>{formatIdr(l.totalIdr)}</td>
          </tr>
        ))}
        <tr>
          <td className={`${cell} font-semibold`} colSpan={4}>{labels.total}</td>
          <td className={`${cell} text-right font-bold tabular-nums`} data-testid="document-total">{formatIdr(totalIdr)}</td>
        </tr>
      </tbody>
    </table>
  );
}
