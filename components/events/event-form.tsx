"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/actions/form-state";
import { Field, FormMessage, SubmitButton, fieldProps, inputClass } from "./form-parts";

type Option = { value: string; label: string };

export type EventFormLabels = {
  opd: string; title: string; titleHint: string; type: string; startsAt: string; endsAt: string; kabupaten: string;
  attendees: string; budget: string; budgetHint: string; submit: string; pending: string;
};

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  opds: Option[];
  types: Option[];
  kabupaten: Option[];
  labels: EventFormLabels;
  defaults?: Partial<Record<string, string>>;
  /** Set when editing: posted as `eventId`. */
  eventId?: string;
};

/** The event's data; a plain POST to the server action without JavaScript, field errors next to each field. */
export function EventForm({ action, opds, types, kabupaten, labels, defaults = {}, eventId }: Props) {
  const [state, formAction, isPending] = useActionState(action, {} as FormState);
  const value = (name: string) => state.values?.[name] ?? defaults[name] ?? "";
  const p = (name: string, hint?: boolean) => ({ ...fieldProps("event", name, state, hint), className: inputClass, "data-testid": `event-${name}`, defaultValue: value(name) });
  // A required choice that starts empty ("—"), so nothing is picked for the clerk by accident.
  const choice = (name: string, label: string, options: Option[]) => (
    <Field prefix="event" name={name} label={label} state={state} required>
      <select {...p(name)} required>
        <option value="">—</option>
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    </Field>
  );
  // Re-mount the fields with what was typed after a failed post (React resets a form after its action).
  const key = JSON.stringify(state.values ?? {});
  return (
    <form action={formAction} aria-busy={isPending} data-testid="event-form" className="space-y-4">
      <FormMessage state={state} />
      {eventId ? <input type="hidden" name="eventId" value={eventId} /> : null}
      <div key={key} className="grid gap-4 sm:grid-cols-2">
        {opds.length > 1 ? (
          <div className="sm:col-span-2">
            <Field prefix="event" name="opdId" label={labels.opd} state={state} required>
              <select {...p("opdId")} required>
                {opds.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
              </select>
            </Field>
          </div>
        ) : opds[0] ? (
          <input type="hidden" name="opdId" value={opds[0].value} />
        ) : null}
        <div className="sm:col-span-2">
          <Field prefix="event" name="title" label={labels.title} hint={labels.titleHint} state={state} required>
            <input {...p("title", true)} type="text" required maxLength={200} autoComplete="off" />
          </Field>
        </div>
        {choice("type", labels.type, types)}
        {choice("kabupaten", labels.kabupaten, kabupaten)}
        <Field prefix="event" name="startsAt" label={labels.startsAt} state={state} required>
          <input {...p("startsAt")} type="datetime-local" required />
        </Field>
        <Field prefix="event" name="endsAt" label={labels.endsAt} state={state} required>
          <input {...p("endsAt")} type="datetime-local" required />
        </Field>
        <Field prefix="event" name="attendees" label={labels.attendees} state={state} required>
          <input {...p("attendees")} type="text" inputMode="numeric" required />
        </Field>
        <Field prefix="event" name="budgetIdr" label={labels.budget} hint={labels.budgetHint} state={state} required>
          <input {...p("budgetIdr", true)} type="text" inputMode="numeric" required />
        </Field>
      </div>
      <SubmitButton label={labels.submit} pendingLabel={labels.pending} testId="event-submit" />
    </form>
  );
}
