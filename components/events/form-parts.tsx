"use client";

import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";
import type { FormState } from "@/lib/actions/form-state";

export const inputClass =
  "block min-h-11 w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 aria-[invalid=true]:border-red-700";

/** Props for an input with its label, hint and error wired by id (aria-describedby / aria-invalid). */
export const fieldProps = (prefix: string, name: string, state: FormState, hint?: boolean) => {
  const id = `${prefix}-${name}`;
  const error = state.fields?.[name];
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return { id, name, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy } as const;
};

/** Label, optional hint, the control, and the field's error right below it. */
export function Field({ prefix, name, label, hint, state, required, children }: { prefix: string; name: string; label: string; hint?: string; state: FormState; required?: boolean; children: ReactNode }) {
  const id = `${prefix}-${name}`;
  const error = state.fields?.[name];
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-semibold text-slate-800">
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      {children}
      {error ? (
        <p id={`${id}-error`} data-testid={`error-${name}`} className="text-sm font-medium text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** The form's top message (role=alert) after a failed post. */
export function FormMessage({ state }: { state: FormState }) {
  return (
    <p role="alert" data-testid="form-error" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm font-medium text-red-800 empty:hidden">
      {state.ok === false ? state.message : null}
    </p>
  );
}

const tones = {
  primary: "bg-emerald-800 text-white hover:bg-emerald-900",
  secondary: "border border-slate-400 bg-white text-slate-900 hover:bg-slate-50",
  danger: "border border-red-300 bg-white text-red-800 hover:bg-red-50",
} as const;

/** A submit button that says it is working while its form's action runs (useFormStatus). */
export function SubmitButton({ label, pendingLabel, tone = "primary", testId, disabled, describedBy, ariaLabel }: { label: string; pendingLabel: string; tone?: keyof typeof tones; testId?: string; disabled?: boolean; describedBy?: string; ariaLabel?: string }) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending || disabled}
      aria-describedby={describedBy}
      aria-label={ariaLabel}
      data-testid={testId}
      className={`min-h-11 w-full rounded-md px-4 py-2 text-base font-semibold disabled:cursor-not-allowed disabled:opacity-60 sm:w-auto ${tones[tone]}`}
    >
      {pending ? pendingLabel : label}
    </button>
  );
}
