"use client";

import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { toSignInErrorKey, type SignInErrorKey } from "./sign-in-errors";

type Props = {
  callbackUrl: string;
  initialError: SignInErrorKey | null;
  /** Present only when an OIDC provider is configured on the server. */
  sso: { id: string; name: string } | null;
};

const inputClass =
  "block min-h-11 w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 aria-[invalid=true]:border-red-700";

export function SignInForm({ callbackUrl, initialError, sso }: Props) {
  const t = useTranslations("signIn");
  const router = useRouter();
  const errorId = useId();
  const [error, setError] = useState<SignInErrorKey | null>(initialError);
  const [isPending, setIsPending] = useState(false);
  // Only a rejected email/password makes the fields themselves wrong; other failures are not about them.
  const areFieldsInvalid = error === "CredentialsSignin";

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setError(null);
    setIsPending(true);
    try {
      const result = await signIn("credentials", {
        email: String(form.get("email") ?? ""),
        password: String(form.get("password") ?? ""),
        redirect: false,
      });
      // next-auth reports failures in `error` (with ok still true), so check it first.
      if (!result || result.error) {
        setError(toSignInErrorKey(result?.error));
        setIsPending(false);
        return;
      }
      router.push(callbackUrl);
      router.refresh();
    } catch {
      setError("generic");
      setIsPending(false);
    }
  };

  return (
    <div className="space-y-6">
      {/* method=post keeps the password out of the URL if the script has not loaded yet. */}
      <form method="post" onSubmit={onSubmit} className="space-y-4" aria-busy={isPending}>
        {/* Always in the DOM so screen readers announce the message the moment it appears. */}
        <p
          role="alert"
          id={errorId}
          data-testid="sign-in-error"
          className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm font-medium text-red-800 empty:hidden"
        >
          {error ? t(`errors.${error}`) : null}
        </p>
        <div className="space-y-1">
          <label htmlFor="email" className="block text-sm font-semibold text-slate-800">
            {t("email")}
          </label>
          <input
            id="email"
            name="email"
            type="email"
            inputMode="email"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            required
            aria-invalid={areFieldsInvalid || undefined}
            aria-describedby={error ? errorId : undefined}
            className={inputClass}
          />
        </div>
        <div className="space-y-1">
          <label htmlFor="password" className="block text-sm font-semibold text-slate-800">
            {t("password")}
          </label>
          <input
            id="password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            aria-invalid={areFieldsInvalid || undefined}
            aria-describedby={error ? errorId : undefined}
            className={inputClass}
          />
        </div>
        <button
          type="submit"
          disabled={isPending}
          className="inline-flex min-h-11 w-full items-center justify-center rounded-md bg-emerald-800 px-4 text-base font-semibold text-white hover:bg-emerald-900 disabled:opacity-70"
        >
          {isPending ? t("submitting") : t("submit")}
        </button>
      </form>
      {sso ? (
        <div className="space-y-4">
          <p className="flex items-center gap-3 text-sm text-slate-600 before:h-px before:flex-1 before:bg-slate-200 after:h-px after:flex-1 after:bg-slate-200">
            {t("or")}
          </p>
          <button
            type="button"
            disabled={isPending}
            onClick={() => {
              setIsPending(true);
              void signIn(sso.id, { callbackUrl });
            }}
            className="inline-flex min-h-11 w-full items-center justify-center rounded-md border border-slate-400 bg-white px-4 text-base font-semibold text-slate-900 hover:bg-slate-100 disabled:opacity-70"
          >
            {t("sso", { provider: sso.name })}
          </button>
        </div>
      ) : null}
    </div>
  );
}
