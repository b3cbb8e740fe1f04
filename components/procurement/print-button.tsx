"use client";

/** window.print() needs JavaScript; without it the browser's own Print menu gives the same sheet. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => window.print()} data-testid="print-button" className="min-h-11 rounded-md bg-emerald-800 px-4 font-semibold text-white hover:bg-emerald-900">
      {label}
    </button>
  );
}
