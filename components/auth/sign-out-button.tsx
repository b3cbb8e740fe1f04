"use client";

import { useRef, useState } from "react";

/**
 * Signs out through next-auth's own endpoint without shipping next-auth's browser library (≈12 KB gzip on every
 * page): with script, the button fetches the CSRF token and posts the form; without script, the post lacks the token
 * and next-auth answers with its sign-out confirmation page, which carries one.
 */
export function SignOutButton({ label, pendingLabel }: { label: string; pendingLabel: string }) {
  const form = useRef<HTMLFormElement>(null);
  const token = useRef<HTMLInputElement>(null);
  const [isPending, setIsPending] = useState(false);
  return (
    <form
      ref={form}
      method="post"
      action="/api/auth/signout"
      onSubmit={(event) => {
        if (token.current?.value) return;
        event.preventDefault();
        setIsPending(true);
        void fetch("/api/auth/csrf")
          .then((res) => res.json() as Promise<{ csrfToken: string }>)
          .then(({ csrfToken }) => {
            if (token.current) token.current.value = csrfToken;
            form.current?.submit();
          })
          .catch(() => setIsPending(false));
      }}
    >
      <input ref={token} type="hidden" name="csrfToken" defaultValue="" />
      <input type="hidden" name="callbackUrl" value="/" />
      <button
        type="submit"
        disabled={isPending}
        aria-busy={isPending}
        className="inline-flex min-h-11 items-center rounded-md border border-slate-300 px-3 text-sm font-medium text-slate-800 hover:bg-slate-100 disabled:opacity-60"
      >
        {isPending ? pendingLabel : label}
      </button>
    </form>
  );
}
