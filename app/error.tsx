"use client";

import Link from "next/link";
import { useEffect } from "react";
import { useErrorTexts } from "@/components/errors/error-texts";
import { useDatabaseOutage } from "@/components/errors/use-database-outage";

/**
 * Never shows the message or stack: only the digest, which matches the server log line for support. A database
 * outage gets its own words ("try again shortly"), since nothing is wrong with the page itself.
 */
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useErrorTexts();
  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : null;
  const outage = useDatabaseOutage(digest);

  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <section role="alert" aria-labelledby="error-title" data-testid={outage ? "database-outage" : "error"} className="mx-auto max-w-xl py-10">
      <h1 id="error-title" className="text-2xl font-bold text-slate-900">
        {outage ? t.outageTitle : t.title}
      </h1>
      <p className="mt-3 text-slate-700">{outage ? t.outageBody : t.body}</p>
      {digest && !outage ? <p className="mt-2 font-mono text-xs text-slate-600">{t.reference.replace("{digest}", digest)}</p> : null}
      <div className="mt-6 flex flex-wrap gap-3">
        <button
          type="button"
          onClick={() => retry()}
          className="inline-flex min-h-11 items-center rounded-md bg-emerald-800 px-4 text-sm font-semibold text-white hover:bg-emerald-900"
        >
          {t.retry}
        </button>
        <Link
          href="/"
          className="inline-flex min-h-11 items-center rounded-md border border-slate-300 px-4 text-sm font-semibold text-slate-800 hover:bg-slate-100"
        >
          {t.backHome}
        </Link>
      </div>
    </section>
  );
}
