"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/actions/form-state";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  orderId: string;
  label: string;
  pendingLabel: string;
};

/** One button: the server action opens the Stripe Checkout Session and redirects there; errors stay here. */
export function CardCheckoutForm({ action, orderId, label, pendingLabel }: Props) {
  const [state, formAction, isPending] = useActionState(action, {} as FormState);
  return (
    <form action={formAction} data-testid="card-checkout-form" aria-busy={isPending} className="space-y-3">
      <input type="hidden" name="orderId" value={orderId} />
      <p role="alert" data-testid="card-error" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm font-medium text-red-800 empty:hidden">
        {state.ok ? null : state.message}
      </p>
      <button
        type="submit"
        disabled={isPending}
        data-testid="card-checkout-submit"
        className="min-h-11 w-full rounded-md border border-emerald-800 bg-white px-4 py-2 text-base font-semibold text-emerald-900 hover:bg-emerald-50 disabled:opacity-60 sm:w-auto"
      >
        {isPending ? pendingLabel : label}
      </button>
    </form>
  );
}
