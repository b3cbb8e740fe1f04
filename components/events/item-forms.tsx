"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/actions/form-state";
import { FormMessage, SubmitButton } from "./form-parts";
import { ItemFields, type ItemFieldsProps } from "./item-fields";
import type { ItemFieldLabels } from "./types";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;
/** What both forms pass straight to ItemFields, plus the event they post to. */
type Shared = Pick<ItemFieldsProps, "labels" | "categories" | "searchFormId" | "query" | "results" | "search"> & { eventId: string };

/** Add one item to an open event. */
export function AddItemForm({ action, submitLabel, pendingLabel, ...shared }: Shared & { action: Action; submitLabel: string; pendingLabel: string }) {
  const [state, formAction, isPending] = useActionState(action, {} as FormState);
  return (
    <form action={formAction} aria-busy={isPending} data-testid="add-item-form" className="space-y-4">
      <input type="hidden" name="eventId" value={shared.eventId} />
      <FormMessage state={state} />
      <ItemFields key={JSON.stringify(state.values ?? {})} prefix="item" state={state} {...shared} />
      <SubmitButton label={submitLabel} pendingLabel={pendingLabel} testId="add-item-submit" />
    </form>
  );
}

export type AmendLabels = { reason: string; reasonHint: string; void: string; voidHint: string; addHeading: string; addHint: string; submit: string; pending: string };

/** A correction after closing: a reason, items to void, and optionally one item to add. */
export function AmendForm({ action, labels, voidable, ...shared }: Shared & { action: Action; labels: AmendLabels & ItemFieldLabels; voidable: Array<{ id: string; label: string }> }) {
  const [state, formAction, isPending] = useActionState(action, {} as FormState);
  const v = state.values ?? {};
  const reasonError = state.fields?.reason;
  return (
    <form action={formAction} aria-busy={isPending} data-testid="amend-form" className="space-y-4">
      <input type="hidden" name="eventId" value={shared.eventId} />
      <FormMessage state={state} />
      <div key={JSON.stringify(v)} className="space-y-4">
        <div className="space-y-1">
          <label htmlFor="amend-reason" className="block text-sm font-semibold text-slate-800">{labels.reason} *</label>
          <p id="amend-reason-hint" className="text-sm text-slate-600">{labels.reasonHint}</p>
          <textarea
            id="amend-reason"
            name="reason"
            rows={3}
            required
            defaultValue={v.reason ?? ""}
            aria-invalid={reasonError ? true : undefined}
            aria-describedby={`amend-reason-hint${reasonError ? " amend-reason-error" : ""}`}
            data-testid="amend-reason"
            className="block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 aria-[invalid=true]:border-red-700"
          />
          {reasonError ? <p id="amend-reason-error" data-testid="error-reason" className="text-sm font-medium text-red-800">{reasonError}</p> : null}
        </div>
        {voidable.length > 0 ? (
          <fieldset className="space-y-1">
            <legend className="text-sm font-semibold text-slate-800">{labels.void}</legend>
            <p className="text-sm text-slate-600">{labels.voidHint}</p>
            {voidable.map((i) => (
              <label key={i.id} className="flex min-h-11 items-center gap-3 text-base">
                <input type="checkbox" name="voidItemIds" value={i.id} data-testid="amend-void" className="size-5 shrink-0" />
                <span className="break-words">{i.label}</span>
              </label>
            ))}
          </fieldset>
        ) : null}
        <fieldset className="space-y-2 rounded-lg border border-slate-200 p-3">
          <legend className="px-1 text-sm font-semibold text-slate-800">{labels.addHeading}</legend>
          <p className="text-sm text-slate-600">{labels.addHint}</p>
          <ItemFields prefix="amend-item" state={state} {...shared} labels={labels} optional />
        </fieldset>
      </div>
      <SubmitButton label={labels.submit} pendingLabel={labels.pending} testId="amend-submit" />
    </form>
  );
}

/** Close the event; the button stays disabled, with the reason beside it, while items lack evidence. */
export function CloseForm({ action, eventId, label, pendingLabel, blockedId }: { action: Action; eventId: string; label: string; pendingLabel: string; blockedId?: string }) {
  const [state, formAction, isPending] = useActionState(action, {} as FormState);
  return (
    <form action={formAction} aria-busy={isPending} data-testid="close-form" className="space-y-2">
      <input type="hidden" name="eventId" value={eventId} />
      <FormMessage state={state} />
      <SubmitButton label={label} pendingLabel={pendingLabel} testId="close-submit" disabled={Boolean(blockedId)} describedBy={blockedId} />
    </form>
  );
}

/** Remove an item while the event is open. */
export function RemoveItemForm({ action, eventId, itemId, label, pendingLabel, ariaLabel }: { action: Action; eventId: string; itemId: string; label: string; pendingLabel: string; ariaLabel: string }) {
  const [state, formAction] = useActionState(action, {} as FormState);
  return (
    <form action={formAction} data-testid="remove-item-form" className="space-y-1">
      <input type="hidden" name="eventId" value={eventId} />
      <input type="hidden" name="itemId" value={itemId} />
      <SubmitButton label={label} pendingLabel={pendingLabel} tone="danger" testId="remove-item" ariaLabel={ariaLabel} />
      {state.ok === false ? <p role="alert" className="text-sm font-medium text-red-800">{state.message}</p> : null}
    </form>
  );
}
