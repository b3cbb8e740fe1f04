import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { formatWita } from "@/lib/domain/time/wita";
import type { RedFlagView } from "@/lib/validation/views/flags";

const linkClass = "font-semibold text-emerald-800 underline underline-offset-4";

/** The links of a flag: the transaction first, then its evidence, each one click to the record's page. */
export async function FlagLinks({ flag }: { flag: RedFlagView }) {
  const t = await getTranslations("flags.links");
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label={flag.message.id}>
      {flag.links.map((l) => (
        <li key={`${l.type}-${l.id}`}>
          <Link href={l.href} className={linkClass} data-testid={`flag-link-${l.type}`}>{t(l.type, { label: l.label })}</Link>
        </li>
      ))}
    </ul>
  );
}

/** One flag in the list: what it is, where, when, what it links to and whether an auditor reviewed it. */
export async function FlagCard({ flag, year }: { flag: RedFlagView; year: number }) {
  const [t, tk, locale] = await Promise.all([getTranslations("flags.page"), getTranslations("flags.kinds"), getLocale()]);
  const message = locale === "en" ? flag.message.en : flag.message.id;
  return (
    <li data-testid="red-flag" data-flag-key={flag.key} data-kind={flag.kind} className="space-y-2 rounded-lg border border-amber-300 bg-white p-4">
      <p className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <span className="rounded bg-amber-100 px-2 text-sm font-semibold text-amber-950">{tk(flag.kind)}</span>
        <span className="text-sm text-slate-700">{flag.opds.map((o) => o.name).join(", ")}</span>
        <span className="ml-auto text-sm text-slate-700">{formatWita(flag.at, locale)}</span>
      </p>
      <p className="text-slate-900">{message}</p>
      <FlagLinks flag={flag} />
      <p className="flex flex-wrap items-baseline gap-3 text-sm">
        {flag.review ? (
          <span data-testid="flag-reviewed" className="rounded bg-emerald-100 px-2 text-emerald-950">
            {t("reviewedBy", { name: flag.review.reviewerName, date: formatWita(flag.review.reviewedAt, locale) })}
          </span>
        ) : (
          <span className="text-slate-700">{t("notReviewed")}</span>
        )}
        <Link href={`/audit/tanda/${encodeURIComponent(flag.key)}?tahun=${year}`} className={linkClass} data-testid="open-flag">{t("open")}</Link>
      </p>
    </li>
  );
}
