"use client";

import { useFormStatus } from "react-dom";

/** A submit button that says it is working while its form's server action runs (and stops double posts). */
export function SubmitButton({ label, pendingLabel, testId, tone = "primary" }: { label: string; pendingLabel: string; testId?: string; tone?: "primary" | "secondary" }) {
  const { pending } = useFormStatus();
  const look =
    tone === "primary"
      ? "bg-emerald-800 text-white hover:bg-emerald-900"
      : "border border-emerald-800 bg-white text-emerald-900 hover:bg-emerald-50";
  return (
    <button type="submit" disabled={pending} aria-disabled={pending} data-testid={testId} className={`min-h-11 w-full rounded-md px-4 py-2 text-base font-semibold disabled:opacity-60 sm:w-auto ${look}`}>
      {pending ? pendingLabel : label}
    </button>
  );
}
