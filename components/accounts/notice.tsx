import type { ReactNode } from "react";

const TONES = {
  ok: "border-emerald-300 bg-emerald-50 text-emerald-950",
  problem: "border-red-300 bg-red-50 text-red-950",
  warn: "border-amber-300 bg-amber-50 text-amber-950",
} as const;

/** A one-line outcome above a form: status for good news, alert for a refusal. */
export function Notice({ tone, children }: { tone: keyof typeof TONES; children: ReactNode }) {
  return (
    <div role={tone === "problem" ? "alert" : "status"} className={`rounded-md border px-3 py-2 text-sm ${TONES[tone]}`}>
      {children}
    </div>
  );
}
