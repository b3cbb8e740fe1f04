"use client";

import { useEffect, useRef, useState, useTransition } from "react";
import type { FormState } from "@/lib/actions/form-state";
import { Field, fieldProps, inputClass } from "./form-parts";
import type { BusinessPick, ItemFieldLabels } from "./types";

export type ItemFieldsProps = {
  prefix: string;
  state: FormState;
  labels: ItemFieldLabels;
  categories: Array<{ value: string; label: string }>;
  /** The GET form the search box belongs to (a form cannot nest in another: the `form` attribute links them). */
  searchFormId: string;
  query: string;
  results: BusinessPick[];
  search: (q: string) => Promise<BusinessPick[]>;
  /** In an amendment the item is optional: no field is required by the browser. */
  optional?: boolean;
};

const badge = (on: boolean, yes: string, no: string) => (
  <span className={`rounded border px-1.5 py-0.5 text-xs font-semibold ${on ? "border-emerald-300 bg-emerald-50 text-emerald-900" : "border-red-300 bg-red-50 text-red-800"}`}>{on ? yes : no}</span>
);

/**
 * The fields of one event item. The supplier comes first: a platform business found by name or NIB (a GET
 * search without JavaScript, live results with it), or an off-platform supplier whose UMK/local status is
 * declared. Without JavaScript both supplier parts show and the chosen kind decides.
 */
export function ItemFields({ prefix, state, labels, categories, searchFormId, query, results: initial, search, optional }: ItemFieldsProps) {
  const v = state.values ?? {};
  const [kind, setKind] = useState(v.supplierKind ?? "platform");
  const [results, setResults] = useState(initial);
  const [q, setQ] = useState(query);
  const [hasJs, setHasJs] = useState(false);
  const [isSearching, startSearch] = useTransition();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => setHasJs(true), []);

  const runSearch = (value: string) => {
    if (timer.current) clearTimeout(timer.current);
    if (value.trim().length < 2) return;
    timer.current = setTimeout(() => startSearch(async () => setResults(await search(value))), 250);
  };
  // With JavaScript the GET search stays on the page (results appear in place, typed fields survive).
  useEffect(() => {
    const form = document.getElementById(searchFormId) as HTMLFormElement | null;
    if (!form) return;
    const onSubmit = (e: SubmitEvent) => {
      e.preventDefault();
      const value = String(new FormData(form).get("cari") ?? "");
      if (value.trim().length >= 2) startSearch(async () => setResults(await search(value)));
    };
    form.addEventListener("submit", onSubmit);
    return () => form.removeEventListener("submit", onSubmit);
  }, [searchFormId, search]);

  const p = (name: string, hint?: boolean) => ({ ...fieldProps(prefix, name, state, hint), className: inputClass, "data-testid": `item-${name}` });
  const chosen = v.businessId ?? (results.length === 1 ? results[0]!.id : "");
  const showPlatform = !hasJs || kind === "platform";
  const showDeclared = !hasJs || kind === "declared";
  const kindError = state.fields?.supplierKind;

  return (
    <div className="space-y-4">
      <fieldset className="space-y-2" aria-describedby={kindError ? `${prefix}-supplierKind-error` : undefined}>
        <legend className="text-sm font-semibold text-slate-800">{labels.supplierKind}{optional ? null : " *"}</legend>
        <div className="flex flex-col gap-2 sm:flex-row sm:gap-6">
          {(["platform", "declared"] as const).map((k) => (
            <label key={k} className="flex min-h-11 items-center gap-2 text-base">
              <input type="radio" name="supplierKind" value={k} defaultChecked={kind === k} onChange={() => setKind(k)} data-testid={`item-kind-${k}`} className="size-5" />
              {k === "platform" ? labels.platform : labels.offPlatform}
            </label>
          ))}
        </div>
        {kindError ? <p id={`${prefix}-supplierKind-error`} className="text-sm font-medium text-red-800">{kindError}</p> : null}
      </fieldset>

      {showPlatform ? (
        <fieldset className="space-y-3 rounded-lg border border-slate-200 p-3" data-testid="item-platform">
          <legend className="px-1 text-sm font-semibold text-slate-800">{labels.platform}</legend>
          <p className="text-sm text-slate-600">{labels.platformHint}</p>
          <div className="space-y-1">
            <label htmlFor={`${prefix}-cari`} className="block text-sm font-semibold text-slate-800">{labels.search}</label>
            <p id={`${prefix}-cari-hint`} className="text-sm text-slate-600">{labels.searchHint}</p>
            <div className="flex flex-col gap-2 sm:flex-row">
              <input
                id={`${prefix}-cari`}
                name="cari"
                form={searchFormId}
                type="search"
                value={q}
                onChange={(e) => { setQ(e.target.value); runSearch(e.target.value); }}
                aria-describedby={`${prefix}-cari-hint`}
                autoComplete="off"
                data-testid="item-search"
                className={inputClass}
              />
              <button type="submit" form={searchFormId} data-testid="item-search-submit" className="min-h-11 rounded-md border border-slate-400 bg-white px-4 font-semibold text-slate-900 hover:bg-slate-50">
                {isSearching ? labels.searching : labels.searchButton}
              </button>
            </div>
          </div>
          <div aria-live="polite" className="space-y-1">
            {results.length > 0 ? (
              <fieldset className="space-y-1" aria-describedby={state.fields?.businessId ? `${prefix}-businessId-error` : undefined}>
                <legend className="text-sm font-semibold text-slate-800">{labels.results}</legend>
                <ul className="divide-y divide-slate-200 rounded-md border border-slate-200" data-testid="business-results">
                  {results.map((b) => (
                    <li key={b.id}>
                      <label className="flex min-h-11 cursor-pointer items-start gap-3 px-3 py-2">
                        <input type="radio" name="businessId" value={b.id} defaultChecked={chosen === b.id} data-testid="business-option" data-name={b.name} className="mt-1 size-5 shrink-0" />
                        <span className="min-w-0 space-y-1">
                          <span className="block break-words font-medium text-slate-900">{b.name}</span>
                          <span className="block text-xs text-slate-600">NIB {b.nib} · {b.kabupaten}</span>
                          <span className="flex flex-wrap gap-1">{badge(b.isUmk, labels.umk, labels.notUmk)}</span>
                        </span>
                      </label>
                    </li>
                  ))}
                </ul>
              </fieldset>
            ) : q.trim().length >= 2 && !isSearching && (hasJs || query) ? (
              <p className="text-sm text-slate-700" data-testid="business-no-results">{labels.noResults}</p>
            ) : null}
            {state.fields?.businessId ? <p id={`${prefix}-businessId-error`} data-testid="error-businessId" className="text-sm font-medium text-red-800">{state.fields.businessId}</p> : null}
          </div>
        </fieldset>
      ) : null}

      {showDeclared ? (
        <fieldset className="space-y-3 rounded-lg border border-amber-300 bg-amber-50/40 p-3" data-testid="item-declared">
          <legend className="px-1 text-sm font-semibold text-slate-800">{labels.offPlatform}</legend>
          <p className="text-sm text-slate-700">{labels.offPlatformHint}</p>
          <Field prefix={prefix} name="supplierName" label={labels.supplierName} state={state}>
            <input {...p("supplierName")} type="text" defaultValue={v.supplierName ?? ""} autoComplete="off" />
          </Field>
          <Field prefix={prefix} name="nib" label={labels.nib} state={state}>
            <input {...p("nib")} type="text" inputMode="numeric" maxLength={13} defaultValue={v.nib ?? ""} autoComplete="off" />
          </Field>
          {(["isUmk", "isLocal"] as const).map((name) => (
            <div key={name} className="space-y-1">
              <label className="flex min-h-11 items-center gap-3 text-base">
                <input type="checkbox" name={name} defaultChecked={v[name] === "on"} data-testid={`item-${name}`} className="size-5" />
                {labels[name]}
              </label>
              {state.fields?.[name] ? <p className="text-sm font-medium text-red-800">{state.fields[name]}</p> : null}
            </div>
          ))}
        </fieldset>
      ) : null}

      <div className="grid gap-4 sm:grid-cols-2">
        <Field prefix={prefix} name="category" label={labels.category} state={state} required={!optional}>
          <select {...p("category")} defaultValue={v.category ?? ""} required={!optional}>
            <option value="">—</option>
            {categories.map((c) => <option key={c.value} value={c.value}>{c.label}</option>)}
          </select>
        </Field>
        <Field prefix={prefix} name="amountIdr" label={labels.amount} hint={labels.amountHint} state={state} required={!optional}>
          <input {...p("amountIdr", true)} type="text" inputMode="numeric" defaultValue={v.amountIdr ?? ""} required={!optional} />
        </Field>
        <div className="sm:col-span-2">
          <Field prefix={prefix} name="description" label={labels.description} hint={labels.descriptionHint} state={state} required={!optional}>
            <input {...p("description", true)} type="text" defaultValue={v.description ?? ""} maxLength={500} required={!optional} autoComplete="off" />
          </Field>
        </div>
      </div>
    </div>
  );
}
