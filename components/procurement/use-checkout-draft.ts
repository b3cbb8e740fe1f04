"use client";

import { useEffect, type RefObject } from "react";

const KEY = "pasar-umk:checkout-draft";
const FIELDS = ["purpose", "neededBy", "eventId"] as const;

type Draft = Partial<Record<(typeof FIELDS)[number], string>>;

const read = (): Draft => {
  try {
    return JSON.parse(sessionStorage.getItem(KEY) ?? "{}") as Draft;
  } catch {
    return {};
  }
};

/**
 * Keeps what the clerk typed into the checkout (purpose, needed-by, event) in this tab's sessionStorage, so
 * changing a quantity in the cart — a separate form that reloads the page — does not wipe it. Restores only
 * into empty fields of a new request, and forgets the draft once it is saved or submitted.
 */
export function useCheckoutDraft(formRef: RefObject<HTMLFormElement | null>, enabled: boolean, rev: number) {
  useEffect(() => {
    const form = formRef.current;
    if (!form || !enabled) return;
    const draft = read();
    for (const name of FIELDS) {
      const input = form.elements.namedItem(name) as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement | null;
      const saved = draft[name];
      if (input && saved && input.value === "") input.value = saved;
    }
    const save = () => {
      const next: Draft = {};
      for (const name of FIELDS) {
        const input = form.elements.namedItem(name) as HTMLInputElement | null;
        if (input?.value) next[name] = input.value;
      }
      sessionStorage.setItem(KEY, JSON.stringify(next));
    };
    const forget = (event: SubmitEvent) => {
      const intent = (event.submitter as HTMLButtonElement | null)?.value;
      if (intent === "submit" || intent === "draft") sessionStorage.removeItem(KEY);
    };
    form.addEventListener("input", save);
    form.addEventListener("change", save);
    form.addEventListener("submit", forget);
    return () => {
      form.removeEventListener("input", save);
      form.removeEventListener("change", save);
      form.removeEventListener("submit", forget);
    };
  }, [formRef, enabled, rev]);
}
