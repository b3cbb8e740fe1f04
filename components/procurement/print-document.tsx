import type { ReactNode } from "react";
import { PrintButton } from "./print-button";

// The site chrome is not ours to change, so the print sheet hides it here: header, nav, footer, buttons.
const PRINT_CSS = `@media print {
  body > a, body > header, body > footer, [data-print-hidden] { display: none !important; }
  body { background: #fff !important; }
  main { max-width: none !important; padding: 0 !important; }
  @page { size: A4; margin: 18mm; }
  .print-sheet { border: none !important; box-shadow: none !important; padding: 0 !important; }
}`;

/** A document page (Surat Pesanan, BAST) that prints as a clean A4 sheet without navigation. */
export function PrintDocument({ children, printLabel, backHref, backLabel, testId }: { children: ReactNode; printLabel: string; backHref: string; backLabel: string; testId: string }) {
  return (
    <>
      <style>{PRINT_CSS}</style>
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
