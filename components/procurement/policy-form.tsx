"use client";

import { useActionState } from "react";
import type { PolicyField } from "@/lib/validation/policy-fields";
import type { PolicyFormState } from "@/lib/actions/admin/policy-form-state";

type Field = PolicyField & { group: string; label: string };
type Labels = {
  effectiveFrom: string;
  effectiveFromHint: string;
  note: string;
  noteHint: string;
  review: string;
  save: string;
  pending: string;
  diffTitle: string;
  saved: string;
  enabled: string;
};

type Props = {
  action: (state: PolicyFormState, formData: FormData) => Promise<PolicyFormState>;
  initial: PolicyFormState;
  fields: Field[];
  codeOptions: Array<{ value: string; label: string }>;
  labels: Labels;
};

const input = "block min-h-11 w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 aria-[invalid=true]:border-red-700";
const button = "min-h-11 w-full rounded-md px-4 py-2 text-base font-semibold sm:w-auto disabled:opacity-60";

/**
 * Every number of the policy as a field. "Review" lists each change against the version in force; only then
 * is "Save as a new version" offered. Versions are never edited in place.
 */
export function PolicyForm({ action, initial, fields, codeOptions, labels }: Props) {
  const [state, formAction, isPending] = useActionState(action, initial);
  const v = state.values;
  const err = state.fields ?? {};
  const groups = [...new Set(fields.map((f) => f.group))];
  const canSave = Boolean(state.diff && state.diff.length > 0 && !state.saved);
  // A change is named as the form names its field ("Target porsi belanja UMK · Target"), not by its JSON key.
  const changeName = (path: string) => {
    const field = fields.find((f) => f.path === path);
    if (field) return `${field.group} · ${field.label}`;
    const group = fields.find((f) => f.path.split(".")[0] === path.split(".")[0])?.group;
    return group ? `${group} · ${path.split(".").slice(1).join(".")}` : path;
  };
  return (
    <form action={formAction} data-testid="policy-form" aria-busy={isPending} className="space-y-6">
      {state.message ? (
        <p role="alert" data-testid="policy-message" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm font-medium text-amber-950">
          {state.message}
        </p>
      ) : null}
      {state.saved ? (
        <p role="status" data-testid="policy-saved" className="rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-950">
          {labels.saved} <strong data-testid="policy-saved-version">{state.saved.version}</strong>
        </p>
      ) : null}
      <div key={`rules-${state.rev}`} className="grid gap-4 md:grid-cols-2">
        {groups.map((group) => (
          <fieldset key={group} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
            <legend className="px-1 font-semibold text-slate-900">{group}</legend>
            {fields
              .filter((f) => f.group === group)
              .map((f) => {
                const id = `policy-${f.path.replace(".", "-")}`;
                if (f.kind === "boolean") {
                  return (
                    <label key={f.path} htmlFor={id} className="flex min-h-11 items-center gap-2 text-sm font-medium text-slate-800">
                      <input id={id} type="checkbox" name={f.path} defaultChecked={v[f.path] === "on"} className="h-5 w-5" data-testid={`policy-${f.path}`} />
                      {labels.enabled}
                    </label>
                  );
                }
                if (f.kind === "codes") {
                  const chosen = (v[f.path] ?? "").split(",");
                  return (
                    <fieldset key={f.path} className="space-y-1">
                      <legend className="text-sm font-semibold text-slate-800">{f.label}</legend>
                      {codeOptions.map((o) => (
                        <label key={o.value} className="flex min-h-11 items-center gap-2 text-sm">
                          <input type="checkbox" name={f.path} value={o.value} defaultChecked={chosen.includes(o.value)} className="h-5 w-5" />
                          {o.label}
                        </label>
                      ))}
                      {err[f.path] ? <p className="text-sm font-medium text-red-800">{err[f.path]}</p> : null}
                    </fieldset>
                  );
                }
                return (
                  <div key={f.path} className="space-y-1">
                    <label htmlFor={id} className="block text-sm font-semibold text-slate-800">
                      {f.label}
                    </label>
                    <input
                      id={id}
                      name={f.path}
                      type={f.kind === "date" ? "date" : "text"}
                      inputMode={f.kind === "date" || f.kind === "idrList" || f.kind === "idrMap" ? undefined : f.kind === "percent" || f.kind === "ratio" ? "decimal" : "numeric"}
                      defaultValue={v[f.path] ?? ""}
                      aria-invalid={err[f.path] ? true : undefined}
                      data-testid={`policy-${f.path}`}
                      className={input}
                    />
                    {err[f.path] ? <p className="text-sm font-medium text-red-800">{err[f.path]}</p> : null}
                  </div>
                );
              })}
          </fieldset>
        ))}
      </div>
      <div key={`meta-${state.rev}`} className="grid gap-4 md:grid-cols-2">
        <div className="space-y-1">
          <label htmlFor="policy-effectiveFrom" className="block text-sm font-semibold text-slate-800">{labels.effectiveFrom}</label>
          <p className="text-sm text-slate-600">{labels.effectiveFromHint}</p>
          <input id="policy-effectiveFrom" name="effectiveFrom" type="date" defaultValue={v.effectiveFrom ?? ""} className={input} />
        </div>
        <div className="space-y-1">
          <label htmlFor="policy-note" className="block text-sm font-semibold text-slate-800">{labels.note}</label>
          <p className="text-sm text-slate-600">{labels.noteHint}</p>
          <textarea id="policy-note" name="note" rows={3} defaultValue={v.note ?? ""} data-testid="policy-note" className={input} />
          {err.note ? <p className="text-sm font-medium text-red-800">{err.note}</p> : null}
        </div>
      </div>
      {state.diff && state.diff.length > 0 ? (
        <section aria-labelledby="policy-diff-title" data-testid="policy-diff" className="space-y-2 rounded-lg border border-sky-300 bg-sky-50 p-4">
          <h2 id="policy-diff-title" className="font-semibold text-sky-950">{labels.diffTitle}</h2>
          <ul className="space-y-1 text-sm">
            {state.diff.map((c) => (
              <li key={c.path} data-testid="policy-change" data-path={c.path} className="break-words">
                <span className="font-semibold">{changeName(c.path)}</span>: <span className="line-through">{c.before}</span> → <strong>{c.after}</strong>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <div className="flex flex-col gap-2 sm:flex-row">
        <button type="submit" name="intent" value="review" disabled={isPending} data-testid="policy-review" className={`${button} border border-slate-400 bg-white text-slate-900 hover:bg-slate-50`}>
          {isPending ? labels.pending : labels.review}
        </button>
        {canSave ? (
          <button type="submit" name="intent" value="save" disabled={isPending} data-testid="policy-save" className={`${button} bg-emerald-800 text-white hover:bg-emerald-900`}>
            {labels.save}
          </button>
        ) : null}
      </div>
    </form>
  );
}
