import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireViewer } from "@/app/_lib/require-viewer";
import { HomeTitle } from "@/components/ui/home-title";
import { regionsWhere } from "@/lib/auth/scopes";
import { witaYear, formatWitaDay } from "@/lib/domain/time/wita";
import { listHolidays } from "@/lib/services/procurement/manage-holidays";
import { addHolidayAction, removeHolidayAction } from "@/lib/actions/admin/holidays";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("holidays"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The region's holidays: the days the approver's 3-working-day clock does not count. */
export default async function HolidaysPage({ searchParams }: Props) {
  const current = await requireViewer("/admin/libur");
  const [regionId] = regionsWhere(current, "policy.manage");
  if (!regionId) forbidden();
  const params = await searchParams;
  const year = witaYear(new Date());
  const [t, locale, days] = await Promise.all([getTranslations("holidays"), getLocale(), listHolidays(current, { regionId, year })]);
  const problem = typeof params.galat === "string" ? params.galat : null;
  const input = "mt-1 block min-h-11 w-full rounded-md border border-slate-400 px-3 py-2";

  return (
    <section data-testid="holidays" aria-labelledby="home-title" className="space-y-6">
      <HomeTitle lead={t("lead", { year })}>{t("title")}</HomeTitle>
      {problem ? (
        <p role="alert" data-testid="holidays-error" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-950">
          {problem}
        </p>
      ) : null}
      <form action={addHolidayAction} className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-[12rem_1fr_auto] sm:items-end">
        <input type="hidden" name="regionId" value={regionId} />
        <label className="block text-sm font-semibold text-slate-900">
          {t("date")}
          <input type="date" name="date" required className={input} />
        </label>
        <label className="block text-sm font-semibold text-slate-900">
          {t("name")}
          <input type="text" name="name" required minLength={3} maxLength={120} className={input} />
        </label>
        <button type="submit" data-testid="holiday-add" className="min-h-11 rounded-md bg-emerald-800 px-4 py-2 font-semibold text-white hover:bg-emerald-900">
          {t("add")}
        </button>
      </form>
      {days.length === 0 ? (
        <p className="text-slate-700">{t("none")}</p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {days.map((d) => (
            <li key={d.id} data-testid="holiday" className="flex flex-wrap items-center gap-3 p-3">
              <span className="tabular-nums">{formatWitaDay(d.date, locale)}</span>
              <span className="min-w-0 flex-1">{d.name}</span>
              <form action={removeHolidayAction}>
                <input type="hidden" name="id" value={d.id} />
                <input type="hidden" name="regionId" value={regionId} />
                <button type="submit" className="min-h-11 rounded-md border border-slate-400 px-3 py-1 text-sm font-semibold text-slate-900 hover:bg-slate-100">
                  {t("remove")}
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
