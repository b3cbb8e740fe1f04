import type { ReactNode } from "react";

const tones = {
  neutral: "border-slate-300 bg-slate-100 text-slate-800",
  success: "border-emerald-300 bg-emerald-50 text-emerald-900",
  warning: "border-amber-300 bg-amber-50 text-amber-900",
  danger: "border-red-300 bg-red-50 text-red-800",
  info: "border-sky-300 bg-sky-50 text-sky-900",
} as const;

export type BadgeTone = keyof typeof tones;

/** Text plus colour, never colour alone, so the status reads in greyscale and to screen readers. */
export function Badge({ tone = "neutral", children }: { tone?: BadgeTone; children: ReactNode }) {
  return (
    <span className={`inline-flex items-center rounded border px-1.5 py-0.5 text-xs font-semibold ${tones[tone]}`}>
      {children}
    </span>
  );
}
