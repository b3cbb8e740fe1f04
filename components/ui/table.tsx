import type { ReactNode } from "react";

/**
 * A table that scrolls sideways on a 360 px phone with its first column pinned, so each row keeps its
 * label in view. The wrapper is focusable so keyboard users can scroll it too, and a labelled group rather
 * than a region: it sits inside the section its heading names, and a second landmark with the same name is
 * noise to a screen reader (axe landmark-unique).
 */
export function ScrollTable({ labelledBy, hint, children }: { labelledBy: string; hint: string; children: ReactNode }) {
  return (
    <div className="space-y-1">
      <div
        role="group"
        aria-labelledby={labelledBy}
        data-scroll-table=""
        tabIndex={0}
        className="overflow-x-auto rounded-lg border border-slate-200 bg-white"
      >
        <table className="min-w-full border-collapse text-sm">{children}</table>
      </div>
      <p className="text-xs text-slate-600 sm:hidden">{hint}</p>
    </div>
  );
}

const stickyCell = "sticky left-0 z-10 shadow-[1px_0_0_0_var(--color-slate-200)]";

export function Th({ children, numeric, sticky }: { children: ReactNode; numeric?: boolean; sticky?: boolean }) {
  return (
    <th
      scope="col"
      className={`whitespace-nowrap bg-slate-50 px-3 py-2 font-semibold text-slate-700 ${numeric ? "text-right" : "text-left"} ${sticky ? stickyCell : ""}`}
    >
      {children}
    </th>
  );
}

/** The row header cell: pinned on small screens and announced as the row's label. */
export function RowTh({ children }: { children: ReactNode }) {
  return (
    <th scope="row" className={`min-w-36 max-w-52 px-3 py-2 text-left align-top font-medium text-slate-900 sm:max-w-none bg-inherit ${stickyCell}`}>
      {children}
    </th>
  );
}

export function Td({ children, numeric }: { children: ReactNode; numeric?: boolean }) {
  return (
    <td className={`px-3 py-2 align-top text-slate-800 ${numeric ? "whitespace-nowrap text-right tabular-nums" : ""}`}>
      {children}
    </td>
  );
}

export function Tr({ children }: { children: ReactNode }) {
  return <tr className="border-t border-slate-200 bg-white">{children}</tr>;
}

export function TotalTr({ children }: { children: ReactNode }) {
  return <tr className="border-t-2 border-slate-300 bg-slate-50 font-semibold">{children}</tr>;
}

/** A total row whose only figure sits in the last column, after `blankCells` empty cells. */
export function AmountTotalRow({ label, blankCells, amount }: { label: string; blankCells: number; amount: ReactNode }) {
  return (
    <TotalTr>
      <RowTh>{label}</RowTh>
      {Array.from({ length: blankCells }, (_, i) => (
        <Td key={i}>{null}</Td>
      ))}
      <Td numeric>{amount}</Td>
    </TotalTr>
  );
}
