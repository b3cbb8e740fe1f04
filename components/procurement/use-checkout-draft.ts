"use client";

import { useEffect, useRef } from "react";
import type { CheckoutValues } from "@/lib/actions/procurement/checkout-state";

const KEY = "pasar-umk:checkout-draft";
const FIELDS = ["purpose", "neededBy", "eventId", "justificationCode", "justificationText"] as const;

type Draft = Partial<Record<(typeof FIELDS)[number], string>>;

const read = (): Draft => {
  try {
    return JSON.parse(sessionStorage.getItem(KEY) ?? "{}") as Draft;
  } catch {
    return {};
  }
};

/**
 * Keeps what the clerk typed into the checkout (purpose, needed-by, event, justification) in this tab's
 * sessionStorage, so changing a quantity in the cart — a separate form that reloads the page — does not wipe
 * it. Restores only into empty fields of a new request (through `restore`, since the fields are controlled),
 * and forgets the draft once it is saved or submitted.
 */
export function useCheckoutDraft(
  formRef: React.RefObject<HTMLFormElement | null>,
  enabled: boolean,
  values: CheckoutValues,
  restore: (draft: Partial<CheckoutValues>) => void,
) {
  const restored = useRef(false);
  useEffect(() => {
    if (!enabled || restored.current) return;
    restored.current = true;
    const draft = read();
    const missing = Object.fromEntries(FIELDS.filter((name) => draft[name] && values[name] === "").map((name) => [name, draft[name]!]));
    if (Object.keys(missing).length > 0) restore(missing);
  }, [enabled, values, restore]);

  useEffect(() => {
    if (!enabled || !restored.current) return;
    const next: Draft = Object.fromEntries(FIELDS.filter((name) => values[name]).map((name) => [name, values[name]]));
    sessionStorage.setItem(KEY, JSON.stringify(next));
  }, [enabled, values]);

  useEffect(() => {
    const form = formRef.current;
    if (!form || !enabled) return;
    const forget = (event: SubmitEvent) => {
      const intent = (event.submitter as HTMLButtonElement | null)?.value;
      if (intent === "submit" || intent === "draft") sessionStorage.removeItem(KEY);
    };
    form.addEventListener("submit", forget);
    return () => form.removeEventListener("submit", forget);
  }, [formRef, enabled]);
}
