"use client";

import { useDatabaseOutage } from "@/components/errors/use-database-outage";
import { ERROR_TEXTS } from "@/components/errors/error-texts";
import "./globals.css";

/**
 * Replaces the root layout when it fails (e.g. the database is unreachable while reading a signed-in person's
 * session), so no translation provider exists here: both languages are shown, Bahasa Indonesia first.
 */
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  const { id, en } = ERROR_TEXTS;
  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : null;
  const outage = useDatabaseOutage(digest);
  const [title, body] = outage ? (["outageTitle", "outageBody"] as const) : (["title", "body"] as const);
  return (
    <html lang="id">
      <body className="bg-slate-50 font-sans text-slate-900">
        <main className="mx-auto max-w-xl space-y-6 px-4 py-10" data-testid={outage ? "database-outage" : "error"}>
          <p className="text-lg font-bold text-emerald-900">{id.appName}</p>
          <section role="alert" className="space-y-2">
            <h1 className="text-2xl font-bold">{id[title]}</h1>
            <p>{id[body]}</p>
          </section>
          <section lang="en" className="space-y-2 text-slate-700">
            <h2 className="text-lg font-semibold">{en[title]}</h2>
            <p>{en[body]}</p>
          </section>
          <button
            type="button"
            onClick={() => retry()}
            className="inline-flex min-h-11 items-center rounded-md bg-emerald-800 px-4 text-sm font-semibold text-white"
          >
            {id.retry} / {en.retry}
          </button>
        </main>
      </body>
    </html>
  );
}
