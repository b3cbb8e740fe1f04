"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/actions/form-state";

export type FieldSpec = {
  name: string;
  label: string;
  type?: "text" | "email" | "password" | "number" | "date" | "textarea" | "select" | "file";
  hint?: string;
  defaultValue?: string;
  required?: boolean;
  inputMode?: "numeric" | "decimal" | "email" | "text";
  autoComplete?: string;
  options?: Array<{ value: string; label: string; group?: string }>;
  accept?: string;
  multiple?: boolean;
  testId?: string;
};

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  fields: FieldSpec[];
  submitLabel: string;
  pendingLabel: string;
  hidden?: Record<string, string>;
  testId?: string;
  children?: React.ReactNode;
  encType?: "multipart/form-data";
  /** Distinguishes field ids when one page holds several forms with the same field names. */
  idPrefix?: string;
};

const inputClass =
  "block min-h-11 w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 aria-[invalid=true]:border-red-700";

/**
 * A form bound to a server action: works as a plain POST without JavaScript (React's progressive
 * enhancement) and shows the action's messages next to each field, keeping what the person typed.
 */
export function ActionForm({ action, fields, submitLabel, pendingLabel, hidden, testId, children, encType, idPrefix = "field" }: Props) {
  const [state, formAction, isPending] = useActionState(action, {} as FormState);
  const valueOf = (f: FieldSpec) => state.values?.[f.name] ?? f.defaultValue ?? "";
  return (
    <form action={formAction} className="space-y-4" data-testid={testId} aria-busy={isPending} encType={encType}>
      {hidden ? Object.entries(hidden).map(([k, v]) => <input key={k} type="hidden" name={k} value={v} />) : null}
      <p role="alert" data-testid="form-error" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm font-medium text-red-800 empty:hidden">
        {/* A message that is also a shown field's own is shown by that field, not twice. */}
        {state.ok || fields.some((f) => state.fields?.[f.name] === state.message) ? null : state.message}
      </p>
      {state.ok && state.message ? (
        <p role="status" className="rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          {state.message}
        </p>
      ) : null}
      {fields.map((f) => {
        const id = `${idPrefix}-${f.name}`;
        const error = state.fields?.[f.name];
        const describedBy = [f.hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
        const common = {
          id,
          name: f.name,
          required: f.required,
          "aria-invalid": error ? true : undefined,
          "aria-describedby": describedBy,
          "data-testid": f.testId ?? `input-${f.name}`,
          className: inputClass,
        } as const;
        // key includes the value so a re-render after a failed submit shows what was typed.
        const key = `${f.name}:${valueOf(f)}`;
        return (
          <div key={f.name} className="space-y-1">
            <label htmlFor={id} className="block text-sm font-semibold text-slate-800">
              {f.label}
              {f.required ? <span aria-hidden="true"> *</span> : null}
            </label>
            {f.hint ? (
              <p id={`${id}-hint`} className="text-sm text-slate-600">
                {f.hint}
              </p>
            ) : null}
            {f.type === "textarea" ? (
              <textarea key={key} {...common} rows={4} defaultValue={valueOf(f)} />
            ) : f.type === "select" ? (
              <select key={key} {...common} defaultValue={valueOf(f)}>
                <option value="">—</option>
                {f.options?.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.group ? `${o.group} › ${o.label}` : o.label}
                  </option>
                ))}
              </select>
            ) : f.type === "file" ? (
              <input {...common} type="file" accept={f.accept} multiple={f.multiple} />
            ) : (
              <input
                key={key}
                {...common}
                type={f.type === "number" ? "text" : (f.type ?? "text")}
                inputMode={f.inputMode ?? (f.type === "number" ? "numeric" : undefined)}
                autoComplete={f.autoComplete}
                defaultValue={f.type === "password" ? undefined : valueOf(f)}
              />
            )}
            {error ? (
              <p id={`${id}-error`} className="text-sm font-medium text-red-800" data-testid={`error-${f.name}`}>
                {error}
              </p>
            ) : null}
          </div>
        );
      })}
      {children}
      <button
        type="submit"
        disabled={isPending}
        data-testid="form-submit"
        className="min-h-11 w-full rounded-md bg-emerald-800 px-4 py-2 text-base font-semibold text-white hover:bg-emerald-900 disabled:opacity-60 sm:w-auto"
      >
        {isPending ? pendingLabel : submitLabel}
      </button>
    </form>
  );
}
