import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { DemandCalendarChart } from "@/components/charts/demand-calendar-chart";
import { EmptyState } from "@/components/ui/empty-state";
import { HomeTitle } from "@/components/ui/home-title";
import { RowTh, ScrollTable, Td, Th, Tr } from "@/components/ui/table";
import { formatCount, formatIdrCompact } from "@/lib/domain/money/rupiah";
import { witaYear } from "@/lib/domain/time/wita";
import { getDemandCalendar } from "@/lib/services/catalog/get-demand-calendar";
import { demandCalendarQuerySchema } from "@/lib/validation/demand";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("demand"))("title") };
}

const monthNamesOf = (locale: string) =>
  Array.from({ length: 12 }, (_, i) => new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "id-ID", { month: "long", timeZone: "UTC" }).format(new Date(Date.UTC(2026, i, 15))));

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Public: what offices routinely order per category and month, so UMK can plan capacity (aggregated, no names). */
export default async function DemandCalendarPage({ searchParams }: Props) {
  const raw = await searchParams;
  const parsed = demandCalendarQuerySchema.safeParse({ year: typeof raw.year === "string" ? raw.year : undefined });
  const thisYear = witaYear(new Date());
  const year = (parsed.success ? parsed.data.year : undefined) ?? thisYear;
  const [calendar, t, tCommon, locale] = await Promise.all([getDemandCalendar({ year }), getTranslations("demand"), getTranslations("common"), getLocale()]);
  const months = monthNamesOf(locale);
  const chartTitle = t("chartTitle", { year });
  return (
    <section aria-labelledby="home-title" className="space-y-6" data-testid="demand-calendar">
      <HomeTitle lead={t("lead")}>{t("title")}</HomeTitle>
      <form method="get" action="/kebutuhan-rutin" className="flex flex-wrap items-end gap-2">
        <label className="text-sm text-slate-700">
          {t("year")}
          <select name="year" defaultValue={String(year)} className="ml-2 min-h-11 rounded-md border border-slate-400 bg-white px-2 text-sm text-slate-900">
            {[thisYear - 2, thisYear - 1, thisYear, thisYear + 1].map((y) => (
              <option key={y} value={y}>{y}</option>
            ))}
          </select>
        </label>
        <button type="submit" className="min-h-11 rounded-md bg-emerald-800 px-4 text-sm font-semibold text-white hover:bg-emerald-900">{t("show")}</button>
      </form>
      <p className="max-w-3xl text-sm text-slate-700">{t("method", { from: calendar.basisYears[0]!, to: calendar.basisYears.at(-1)! })}</p>
      {calendar.categories.length === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <>
          <figure className="space-y-2">
            <DemandCalendarChart calendar={calendar} title={chartTitle} monthNames={months} unknownLabel={t("unknown")} />
            <figcaption className="text-xs text-slate-600">{t("legend")}</figcaption>
          </figure>
          <section aria-labelledby="demand-table" className="space-y-2">
            <h2 id="demand-table" className="text-base font-semibold text-slate-900">{t("tableTitle", { year })}</h2>
            <ScrollTable labelledBy="demand-table" hint={tCommon("scrollHint")}>
              <thead>
                <tr>
                  <Th sticky>{t("category")}</Th>
                  {months.map((m) => (
                    <Th key={m} numeric>{m.slice(0, 3)}</Th>
                  ))}
                  <Th numeric>{t("yearTotal")}</Th>
                </tr>
              </thead>
              <tbody>
                {calendar.categories.map((c) => (
                  <Tr key={c.slug}>
                    <RowTh>
                      <Link href={`/katalog?category=${encodeURIComponent(c.name)}`} className="underline underline-offset-4">{c.name}</Link>
                    </RowTh>
                    {c.months.map((m) => (
                      <Td key={m.month} numeric>
                        {m.expectedValueIdr === null ? (
                          <span title={t("unknown")}>–</span>
                        ) : (
                          <span title={t("cellHint", { quantity: formatCount(m.expectedQuantity ?? 0, locale), years: m.basisYears })}>{formatIdrCompact(m.expectedValueIdr)}</span>
                        )}
                      </Td>
                    ))}
                    <Td numeric>{formatIdrCompact(c.expectedYearValueIdr)}</Td>
                  </Tr>
                ))}
              </tbody>
            </ScrollTable>
          </section>
        </>
      )}
      <p className="text-sm">
        <Link href="/peluang" className="font-semibold text-emerald-800 underline underline-offset-4">{t("toOpportunities")}</Link>
        {" · "}
        <Link href={`/api/v1/demand/calendar?year=${year}`} className="font-semibold text-emerald-800 underline underline-offset-4">{t("json")}</Link>
      </p>
    </section>
  );
}
