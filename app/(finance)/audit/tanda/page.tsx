import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireViewer } from "@/app/_lib/require-viewer";
import { FlagCard } from "@/components/flags/flag-card";
import { yearFrom, yearOptions } from "@/components/procurement/compliance-summary-table";
import { EmptyState } from "@/components/ui/empty-state";
import { HomeTitle } from "@/components/ui/home-title";
import { FLAG_KINDS, type FlagKind } from "@/lib/domain/flags/types";
import { witaYear } from "@/lib/domain/time/wita";
import { AppError } from "@/lib/errors";
import { listAuditOpds } from "@/lib/services/flags/list-audit-opds";
import { listRedFlags } from "@/lib/services/flags/list-red-flags";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("flags.page"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
/** A page lists this many flags at most (the count says how many match); narrow with the filter. */
const MAX_SHOWN = 200;
const select = "block min-h-11 w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base";

/** Tanda bahaya: the year's red flags, filtered by kind, OPD and review, each linked to its transaction and evidence. */
export default async function RedFlagsPage({ searchParams }: { searchParams: SearchParams }) {
  const current = await requireViewer("/audit/tanda");
  const query = await searchParams;
  const thisYear = witaYear(new Date());
  const year = yearFrom(query.tahun, thisYear);
  const kindParam = first(query.jenis);
  const kind = FLAG_KINDS.includes(kindParam as FlagKind) ? (kindParam as FlagKind) : undefined;
  const opdParam = first(query.opd);
  const opd = opdParam && /^[0-9a-f-]{36}$/i.test(opdParam) ? opdParam : undefined;
  const reviewedParam = first(query.tinjau);
  const reviewed = reviewedParam === "sudah" ? true : reviewedParam === "belum" ? false : undefined;
  const [list, opds, t, tk] = await Promise.all([
    listRedFlags(current, { year, kind, opd, reviewed }),
    listAuditOpds(current),
    getTranslations("flags.page"),
    getTranslations("flags.kinds"),
  ]).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "forbidden") forbidden();
    throw error;
  });
  return (
    <section data-testid="red-flags-page" aria-labelledby="home-title" className="space-y-6">
      <HomeTitle lead={t("lead", { year })}>{t("title")}</HomeTitle>
      <form method="get" action="/audit/tanda" aria-label={t("filters")} data-testid="red-flag-filters" className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-5">
        <div className="space-y-1">
          <label htmlFor="tahun" className="block text-sm font-semibold text-slate-800">{t("year")}</label>
          <select id="tahun" name="tahun" defaultValue={String(year)} className={select}>
            {yearOptions(thisYear).map((y) => <option key={y} value={y}>{y}</option>)}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="jenis" className="block text-sm font-semibold text-slate-800">{t("kind")}</label>
          <select id="jenis" name="jenis" defaultValue={kind ?? ""} className={select} data-testid="filter-kind">
            <option value="">{t("allKinds")}</option>
            {FLAG_KINDS.map((k) => <option key={k} value={k}>{tk(k)} ({list.counts[k] ?? 0})</option>)}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="opd" className="block text-sm font-semibold text-slate-800">{t("opd")}</label>
          <select id="opd" name="opd" defaultValue={opd ?? ""} className={select} data-testid="filter-opd">
            <option value="">{t("allOpds")}</option>
            {opds.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="tinjau" className="block text-sm font-semibold text-slate-800">{t("reviewed")}</label>
          <select id="tinjau" name="tinjau" defaultValue={reviewedParam ?? ""} className={select} data-testid="filter-reviewed">
            <option value="">{t("reviewedAny")}</option>
            <option value="belum">{t("reviewedNo")}</option>
            <option value="sudah">{t("reviewedYes")}</option>
          </select>
        </div>
        <div className="flex items-end">
          <button type="submit" className="min-h-11 w-full rounded-md bg-emerald-800 px-4 font-semibold text-white hover:bg-emerald-900">{t("apply")}</button>
        </div>
      </form>
      <p className="text-sm text-slate-700" data-testid="red-flag-count">{t("count", { shown: Math.min(list.flags.length, MAX_SHOWN), total: list.flags.length })}</p>
      {list.flags.length === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <ul className="space-y-3">
          {list.flags.slice(0, MAX_SHOWN).map((f) => <FlagCard key={f.key} flag={f} year={year} />)}
        </ul>
      )}
    </section>
  );
}
