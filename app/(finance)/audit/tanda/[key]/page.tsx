import Link from "next/link";
import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireViewer } from "@/app/_lib/require-viewer";
import { FlagLinks } from "@/components/flags/flag-card";
import { EmptyState } from "@/components/ui/empty-state";
import { HomeTitle } from "@/components/ui/home-title";
import { fiscalYearOfKey } from "@/lib/domain/flags/types";
import { formatWita, witaYear } from "@/lib/domain/time/wita";
import { AppError } from "@/lib/errors";
import { reviewFlagAction } from "@/lib/actions/flags/review-flag";
import { getRedFlag } from "@/lib/services/flags/get-red-flag";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("flags.detail"))("title") };
}

type Props = { params: Promise<{ key: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** One red flag: what it says, its transaction and evidence (one click each), and the auditor's review. */
export default async function RedFlagPage({ params, searchParams }: Props) {
  const raw = (await params).key;
  let key = raw;
  try {
    key = decodeURIComponent(raw);
  } catch {
    // A malformed escape names no flag: the page says so below.
  }
  const current = await requireViewer(`/audit/tanda/${encodeURIComponent(key)}`);
  const query = await searchParams;
  const [flag, t, tp, tk, locale] = await Promise.all([
    getRedFlag(current, key),
    getTranslations("flags.detail"),
    getTranslations("flags.page"),
    getTranslations("flags.kinds"),
    getLocale(),
  ]).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "forbidden") forbidden();
    throw error;
  });
  const year = fiscalYearOfKey(key) ?? witaYear(new Date());
  const problem = first(query.galat);
  return (
    <section data-testid="red-flag-page" aria-labelledby="home-title" className="space-y-6">
      <p><Link href={`/audit/tanda?tahun=${year}`} className="text-sm font-semibold text-emerald-800 underline underline-offset-4">{tp("back")}</Link></p>
      {!flag ? (
        <>
          <HomeTitle>{t("title")}</HomeTitle>
          <EmptyState>{t("notFound", { year })}</EmptyState>
        </>
      ) : (
        <>
          <HomeTitle lead={flag.opds.map((o) => o.name).join(", ")}>{tk(flag.kind)}</HomeTitle>
          <p className="text-lg text-slate-900" data-testid="flag-message">{locale === "en" ? flag.message.en : flag.message.id}</p>
          <p className="text-sm text-slate-700">{formatWita(flag.at, locale)}</p>
          <section aria-labelledby="flag-evidence" className="space-y-2">
            <h2 id="flag-evidence" className="text-lg font-semibold text-slate-900">{t("evidence")}</h2>
            <FlagLinks flag={flag} />
          </section>
          <section aria-labelledby="flag-review" className="space-y-3">
            <h2 id="flag-review" className="text-lg font-semibold text-slate-900">{t("review")}</h2>
            {first(query.ditinjau) ? <p role="status" className="rounded-md bg-emerald-50 p-3 text-emerald-950">{t("saved")}</p> : null}
            {problem ? <p role="alert" className="rounded-md bg-red-50 p-3 text-red-900">{problem}</p> : null}
            {flag.review ? (
              <div data-testid="flag-review-done" className="space-y-1 rounded-lg border border-emerald-300 bg-white p-4">
                <p className="text-sm font-semibold text-emerald-950">{tp("reviewedBy", { name: flag.review.reviewerName, date: formatWita(flag.review.reviewedAt, locale) })}</p>
                <p className="whitespace-pre-line text-slate-900">{flag.review.note}</p>
              </div>
            ) : flag.actions.review ? (
              <form action={reviewFlagAction} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" data-testid="flag-review-form">
                <input type="hidden" name="key" value={flag.key} />
                <div className="space-y-1">
                  <label htmlFor="review-note" className="block text-sm font-semibold text-slate-800">{t("note")}</label>
                  <textarea id="review-note" name="note" required minLength={5} maxLength={2000} rows={4} aria-describedby="review-note-hint" className="block w-full rounded-md border border-slate-400 px-3 py-2 text-base" data-testid="flag-review-note" />
                  <p id="review-note-hint" className="text-sm text-slate-600">{t("noteHint")}</p>
                </div>
                <button type="submit" className="min-h-11 rounded-md bg-emerald-800 px-4 font-semibold text-white hover:bg-emerald-900" data-testid="flag-review-submit">{t("submit")}</button>
              </form>
            ) : (
              <p className="text-slate-700">{tp("notReviewed")}</p>
            )}
          </section>
        </>
      )}
    </section>
  );
}
