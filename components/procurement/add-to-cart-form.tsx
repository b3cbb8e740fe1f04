"use client";

import Link from "next/link";
import { useActionState } from "react";
import type { FormState } from "@/lib/actions/form-state";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  productId: string;
  minOrder: number;
  stock: number;
  labels: { quantity: string; hint: string; submit: string; pending: string; viewCart: string };
};

/** Quantity (at least the minimum order) → the buyer's persisted cart. A plain POST without JavaScript. */
export function AddToCartForm({ action, productId, minOrder, stock, labels }: Props) {
  const [state, formAction, isPending] = useActionState(action, {} as FormState);
  const error = state.ok ? undefined : state.fields?.quantity;
  return (
    <form action={formAction} data-testid="add-to-cart" aria-busy={isPending} className="space-y-3">
      <input type="hidden" name="productId" value={productId} />
      <div className="space-y-1">
        <label htmlFor="add-to-cart-quantity" className="block text-sm font-semibold text-slate-800">
          {labels.quantity}
        </label>
        <p id="add-to-cart-hint" className="text-sm text-slate-600">
          {labels.hint}
        </p>
        <input
          key={state.values?.quantity ?? "initial"}
          id="add-to-cart-quantity"
          name="quantity"
          type="number"
          inputMode="numeric"
          min={minOrder}
          max={stock}
          required
          defaultValue={state.values?.quantity ?? String(minOrder)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "add-to-cart-hint add-to-cart-error" : "add-to-cart-hint"}
          data-testid="add-to-cart-quantity"
          className="block min-h-11 w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 aria-[invalid=true]:border-red-700"
        />
      </div>
      {state.ok === false && state.message ? (
        <p id="add-to-cart-error" role="alert" data-testid="add-to-cart-error" className="text-sm font-medium text-red-800">
          {state.message}
        </p>
      ) : null}
      {state.ok ? (
        <p role="status" data-testid="add-to-cart-done" className="rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          {state.message}{" "}
          <Link href="/keranjang" className="font-semibold underline underline-offset-4">
            {labels.viewCart}
          </Link>
        </p>
      ) : null}
      <button
        type="submit"
        disabled={isPending}
        data-testid="add-to-cart-submit"
        className="min-h-11 w-full rounded-md bg-emerald-800 px-4 py-2 text-base font-semibold text-white hover:bg-emerald-900 disabled:opacity-60"
      >
        {isPending ? labels.pending : labels.submit}
      </button>
    </form>
  );
}
