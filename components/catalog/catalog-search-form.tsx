"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useTransition, type ReactNode } from "react";

const TYPING_DELAY_MS = 300;

/** The form's current state as the URL query: empty fields dropped, page reset (a new search starts at 1). */
const queryOf = (form: HTMLFormElement) => {
  const params = new URLSearchParams();
  for (const [key, value] of new FormData(form)) {
    if (typeof value === "string" && value.trim() !== "") params.append(key, value);
  }
  params.delete("page");
  return params.size > 0 ? `${form.getAttribute("action")}?${params}` : (form.getAttribute("action") ?? "");
};

/**
 * The catalog's GET form, enhanced: without JavaScript it submits like any form (the URL holds all state);
 * with it, typing searches after a short pause and every filter applies at once, by replacing the URL so
 * the server renders the new results. If the script never loads, nothing is lost.
 */
export function CatalogSearchForm({ action, children }: { action: string; children: ReactNode }) {
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const last = useRef<string | null>(null);

  const go = (form: HTMLFormElement, how: "replace" | "push") => {
    clearTimeout(timer.current);
    const url = queryOf(form);
    if (how === "replace" && url === last.current) return;
    last.current = url;
    startTransition(() => (how === "push" ? router.push(url, { scroll: false }) : router.replace(url, { scroll: false })));
  };

  useEffect(() => () => clearTimeout(timer.current), []);

  return (
    <form
      action={action}
      method="get"
      role="search"
      data-pending={isPending ? "" : undefined}
      aria-busy={isPending}
      className="group"
      onSubmit={(event) => {
        event.preventDefault();
        go(event.currentTarget, "push");
      }}
      onInput={(event) => {
        const target = event.target as unknown as HTMLInputElement;
        if (target.name !== "q") return;
        const form = event.currentTarget;
        clearTimeout(timer.current);
        timer.current = setTimeout(() => go(form, "replace"), TYPING_DELAY_MS);
      }}
      onChange={(event) => {
        const target = event.target as unknown as HTMLInputElement;
        if (target.name === "q") return; // handled while typing
        go(event.currentTarget, "replace");
      }}
    >
      {children}
    </form>
  );
}

/** Filters fold into a <details> on phones; on wide screens a script opens it (closed but usable without one). */
export function FilterDisclosure({ summary, children, defaultOpen }: { summary: ReactNode; children: ReactNode; defaultOpen: boolean }) {
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (window.matchMedia("(min-width: 1024px)").matches && ref.current) ref.current.open = true;
  }, []);
  return (
    <details ref={ref} open={defaultOpen || undefined} className="rounded-lg border border-slate-200 bg-white lg:border-0 lg:bg-transparent">
      <summary className="flex min-h-11 cursor-pointer items-center px-3 font-semibold text-slate-900 lg:px-0">{summary}</summary>
      <div className="space-y-4 px-3 pb-3 lg:px-0">{children}</div>
    </details>
  );
}
