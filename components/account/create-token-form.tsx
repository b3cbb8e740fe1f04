"use client";

import { useActionState } from "react";
import type { CreateTokenState } from "@/lib/actions/accounts/api-tokens";

type Labels = { name: string; nameHint: string; expires: string; expiresHint: string; create: string; creating: string; createdTitle: string; createdLead: string };

/** Creates a token and shows it once; works without JS (the action state renders on the server). */
export function CreateTokenForm({ action, labels }: { action: (s: CreateTokenState, f: FormData) => Promise<CreateTokenState>; labels: Labels }) {
  const [state, formAction, pending] = useActionState(action, { token: null, error: null });
  const input = "mt-1 block min-h-11 w-full rounded-md border border-slate-400 px-3 py-2";
  return (
    <div className="space-y-4">
      {state.token ? (
        <div role="status" data-testid="new-token" className="space-y-2 rounded-lg border border-emerald-300 bg-emerald-50 p-4">
          <p className="font-semibold text-emerald-950">{labels.createdTitle}</p>
          <p className="text-sm text-emerald-950">{labels.createdLead}</p>
          <code className="block break-all rounded bg-white p-2 font-mono text-sm" data-testid="new-token-value">
            {state.token}
          </code>
        </div>
      ) : null}
      {state.error ? (
        <p role="alert" data-testid="token-error" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-950">
          {state.error}
        </p>
      ) : null}
      <form action={formAction} className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-[1fr_10rem_auto] sm:items-end">
        <label className="block text-sm font-semibold text-slate-900">
          {labels.name}
          <input type="text" name="name" required minLength={3} maxLength={80} placeholder={labels.nameHint} className={input} />
        </label>
        <label className="block text-sm font-semibold text-slate-900">
          {labels.expires}
          <input type="number" name="expiresInDays" min={1} max={366} inputMode="numeric" aria-describedby="expires-hint" className={input} />
          <span id="expires-hint" className="mt-1 block text-xs font-normal text-slate-600">
            {labels.expiresHint}
          </span>
        </label>
        <button type="submit" disabled={pending} data-testid="token-create" className="min-h-11 rounded-md bg-emerald-800 px-4 py-2 font-semibold text-white hover:bg-emerald-900 disabled:opacity-60">
          {pending ? labels.creating : labels.create}
        </button>
      </form>
    </div>
  );
}
