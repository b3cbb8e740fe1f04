"use client";

import { startTransition, useActionState, useCallback, useEffect, useRef, useState, type ChangeEvent, type FormEvent } from "react";
import { ComplianceFindings, type ComplianceLabels } from "./compliance-findings";
import type { CheckoutState, CheckoutValues } from "@/lib/actions/procurement/checkout-state";
import { useCheckoutDraft } from "./use-checkout-draft";
import { needsJustification } from "./types";

export type CheckoutLabels = {
  budgetLine: string;
  budgetLineHint: string;
  purpose: string;
  purposeHint: string;
  neededBy: string;
  eventId: string;
  eventIdHint: string;
  /** The empty choice of the event picker: "— tanpa kegiatan —". */
  noEvent: string;
  justificationHeading: string;
  justificationIntro: string;
  justificationCode: string;
  justificationText: string;
  justificationTextHint: string;
  preview: string;
  checking: string;
  draft: string;
  submit: string;
  blockedReason: string;
  noBudgetReason: string;
  required: string;
};

type Props = {
  action: (state: CheckoutState, formData: FormData) => Promise<CheckoutState>;
  initial: CheckoutState;
  budgetOptions: Array<{ value: string; label: string }>;
  /** Open events of the buyer's OPD(s) a purchase may be for (listLinkableEvents). */
  eventOptions: Array<{ value: string; label: string }>;
  justificationOptions: Array<{ value: string; label: string }>;
  labels: CheckoutLabels;
  complianceLabels: ComplianceLabels;
};

const inputClass =
  "block min-h-11 w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 aria-[invalid=true]:border-red-700";
const button = "min-h-11 w-full rounded-md px-4 py-2 text-base font-semibold sm:w-auto disabled:cursor-not-allowed disabled:opacity-60";

/**
 * The checkout form. Every post (the "check" button, or with JavaScript any change of budget line or
 * justification) re-runs the same compliance evaluation submit will run, so the clerk reads every rule the
 * cart breaks before submitting. Submit stays disabled, with the reason, while a finding blocks.
 *
 * A re-check runs while the clerk keeps typing, and its answer (which carries the values as they were when it
 * was posted) must not overwrite, reset or remount what was typed since. So the fields are controlled and never
 * re-keyed, and with JavaScript the post is dispatched by hand: React resets a form after an action passed to
 * `action`, and that reset puts a controlled <select> back on its first option. Without JavaScript the browser
 * posts to the same action and the server renders the page from the posted values, so nothing is lost either.
 */
export function CheckoutForm({ action, initial, budgetOptions, eventOptions, justificationOptions, labels, complianceLabels }: Props) {
  const [state, formAction, isPending] = useActionState(action, initial);
  const previewRef = useRef<HTMLButtonElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const [v, setValues] = useState<CheckoutValues>(state.values);
  // A restored justification changes the verdict, so the preview the server rendered without it is re-checked.
  const [isStale, setStale] = useState(false);
  const restore = useCallback((draft: Partial<CheckoutValues>) => {
    setValues((current) => ({ ...current, ...draft }));
    if (draft.justificationCode || draft.justificationText) setStale(true);
  }, []);
  useCheckoutDraft(formRef, !v.requestId, v, restore);
  const refresh = () => previewRef.current?.form?.requestSubmit(previewRef.current);
  useEffect(() => {
    if (!isStale) return;
    setStale(false);
    previewRef.current?.form?.requestSubmit(previewRef.current);
  }, [isStale]);
  const post = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    // The pressed button names the intent (preview, draft, submit); FormData(form, submitter) is too new for old phones.
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    if (submitter?.name) data.set(submitter.name, submitter.value);
    startTransition(() => formAction(data));
  };
  const bind = (name: keyof CheckoutValues) => ({
    value: v[name],
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) => {
      const value = e.currentTarget.value;
      setValues((current) => ({ ...current, [name]: value }));
    },
  });
  // A change of budget line or reason re-checks at once; the post reads the DOM, which already holds the choice.
  const bindAndCheck = (name: keyof CheckoutValues) => {
    const { value, onChange } = bind(name);
    return {
      value,
      onChange: (e: ChangeEvent<HTMLSelectElement>) => {
        onChange(e);
        refresh();
      },
    };
  };
  const err = state.fields ?? {};
  const isBlocked = state.compliance?.verdict === "block";
  const noPreview = state.compliance === null;
  const showJustification = needsJustification(state.compliance) || Boolean(v.justificationCode || v.justificationText);
  const field = (name: string) => ({
    id: `checkout-${name}`,
    name,
    "aria-invalid": err[name] ? true : undefined,
    "aria-describedby": err[name] ? `checkout-${name}-error` : undefined,
    className: inputClass,
  });
  const error = (name: string) =>
    err[name] ? (
      <p id={`checkout-${name}-error`} data-testid={`checkout-error-${name}`} className="text-sm font-medium text-red-800">
        {err[name]}
      </p>
    ) : null;
  const label = (name: string, text: string, required = false) => (
    <label htmlFor={`checkout-${name}`} className="block text-sm font-semibold text-slate-800">
      {text}
      {required ? <span aria-hidden="true"> *</span> : null}
      {required ? <span className="sr-only"> ({labels.required})</span> : null}
    </label>
  );

  return (
    <form ref={formRef} action={formAction} onSubmit={post} data-testid="checkout-form" aria-busy={isPending} className="space-y-5">
      <p role="alert" data-testid="checkout-message" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm font-medium text-red-800 empty:hidden">
        {state.message ?? null}
      </p>
      {v.requestId ? <input type="hidden" name="requestId" value={v.requestId} /> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="space-y-1 sm:col-span-2">
          {label("budgetLineId", labels.budgetLine, true)}
          <p className="text-sm text-slate-600">{labels.budgetLineHint}</p>
          <select {...field("budgetLineId")} data-testid="checkout-budget" {...bindAndCheck("budgetLineId")}>
            <option value="">—</option>
            {budgetOptions.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
          {error("budgetLineId")}
        </div>
        <div className="space-y-1 sm:col-span-2">
          {label("purpose", labels.purpose, true)}
          <p className="text-sm text-slate-600">{labels.purposeHint}</p>
          <textarea {...field("purpose")} data-testid="checkout-purpose" rows={3} {...bind("purpose")} />
          {error("purpose")}
        </div>
        <div className="space-y-1">
          {label("neededBy", labels.neededBy)}
          <input {...field("neededBy")} data-testid="checkout-needed-by" type="date" {...bind("neededBy")} />
          {error("neededBy")}
        </div>
        <div className="space-y-1">
          {label("eventId", labels.eventId)}
          <p className="text-sm text-slate-600">{labels.eventIdHint}</p>
          <select {...field("eventId")} data-testid="checkout-event" {...bind("eventId")}>
            <option value="">{labels.noEvent}</option>
            {/* A revised request keeps its event even if that event is no longer offered (e.g. closed since). */}
            {v.eventId && !eventOptions.some((o) => o.value === v.eventId) ? <option value={v.eventId}>{v.eventId}</option> : null}
            {eventOptions.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
          {error("eventId")}
        </div>
      </div>

      <ComplianceFindings compliance={state.compliance} labels={complianceLabels} testId="compliance-preview" />

      {showJustification ? (
        <fieldset data-testid="justification" className="space-y-3 rounded-lg border border-amber-300 bg-amber-50/50 p-4">
          <legend className="px-1 text-base font-semibold text-slate-900">{labels.justificationHeading}</legend>
          <p className="text-sm text-slate-700">{labels.justificationIntro}</p>
          <div className="space-y-1">
            {label("justificationCode", labels.justificationCode)}
            <select {...field("justificationCode")} data-testid="checkout-justification-code" {...bindAndCheck("justificationCode")}>
              <option value="">—</option>
              {justificationOptions.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
            {error("justificationCode")}
          </div>
          <div className="space-y-1">
            {label("justificationText", labels.justificationText)}
            <p className="text-sm text-slate-600">{labels.justificationTextHint}</p>
            <textarea
              {...field("justificationText")}
              data-testid="checkout-justification-text" rows={3}
              {...bind("justificationText")}
              onBlur={() => v.justificationText !== state.values.justificationText && refresh()}
            />
            {error("justificationText")}
          </div>
        </fieldset>
      ) : null}

      <div className="space-y-2">
        {isBlocked || noPreview ? (
          <p id="checkout-submit-reason" data-testid="checkout-blocked-reason" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm font-medium text-red-900">
            {noPreview ? labels.noBudgetReason : labels.blockedReason}
          </p>
        ) : null}
        <div className="flex flex-col gap-2 sm:flex-row sm:flex-wrap">
          <button ref={previewRef} type="submit" name="intent" value="preview" data-testid="checkout-preview" disabled={isPending} className={`${button} border border-slate-400 bg-white text-slate-900 hover:bg-slate-50`}>
            {isPending ? labels.checking : labels.preview}
          </button>
          <button type="submit" name="intent" value="draft" data-testid="checkout-draft" disabled={isPending} className={`${button} border border-emerald-800 bg-white text-emerald-900 hover:bg-emerald-50`}>
            {labels.draft}
          </button>
          <button
            type="submit"
            name="intent"
            value="submit"
            data-testid="checkout-submit"
            disabled={isPending || isBlocked || noPreview}
            aria-describedby={isBlocked || noPreview ? "checkout-submit-reason" : undefined}
            className={`${button} bg-emerald-800 text-white hover:bg-emerald-900`}
          >
            {labels.submit}
          </button>
        </div>
      </div>
    </form>
  );
}
