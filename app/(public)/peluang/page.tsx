import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireViewer } from "@/app/_lib/require-viewer";
import { EmptyState } from "@/components/ui/empty-state";
import { HomeTitle } from "@/components/ui/home-title";
import { RowTh, ScrollTable, Td, Th, Tr } from "@/components/ui/table";
import { AppError } from "@/lib/errors";
import { formatWitaDay } from "@/lib/domain/time/wita";
import { formatCount } from "@/lib/domain/money/rupiah";
import { listOpportunities } from "@/lib/services/catalog/list-opportunities";
import { businessesWhere } from "@/lib/auth/scopes";
import { productDraftLink } from "@/lib/domain/catalog/opportunity-alerts";
import { opportunitiesQuerySchema } from "@/lib/validation/catalog";

export const dynamic = "force-dynamic";

const WEEK_CHOICES = [4, 8, 12, 26] as const;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("catalog"))("opportunities.title") };
}

export default async function OpportunitiesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const current = await requireViewer("/peluang");
  const raw = await searchParams;
  const parsed = opportunitiesQuerySchema.safeParse({ weeks: typeof raw.weeks === "string" ? raw.weeks : undefined });
  const weeks = parsed.success ? parsed.data.weeks : 8;
  const groups = await listOpportunities(current, { weeks }).catch((error: unknown) => {
    if (error instanceof AppError && (error.code === "forbidden" || error.code === "unauthenticated")) forbidden();
    throw error;
  });
  // Sellers can turn a Peluang into a product draft prefilled from the search, as its alert does (issue 13).
  const canDraft = businessesWhere(current, "product.write").length > 0;
  const [t, tCommon, tDemand, locale] = await Promise.all([getTranslations("catalog.opportunities"), getTranslations("common"), getTranslations("demand"), getLocale()]);

  return (
    <section data-testid="opportunities" aria-labelledby="home-title" className="space-y-6">
      <HomeTitle lead={t("lead")}>{t("title")}</HomeTitle>
      <p className="text-sm">
        <Link href="/kebutuhan-rutin" data-testid="demand-calendar-link" className="font-semibold text-emerald-800 underline underline-offset-4">{tDemand("peluangLink")}</Link>
      </p>
      <form method="get" action="/peluang" className="flex flex-wrap items-end gap-2">
        <label className="text-sm text-slate-700">
          {t("weeks")}
          <select name="weeks" defaultValue={String(weeks)} className="ml-2 min-h-11 rounded-md border border-slate-400 bg-white px-2 text-sm text-slate-900">
            {WEEK_CHOICES.map((w) => (
              <option key={w} value={w}>{t("weeksOption", { weeks: w })}</option>
            ))}
          </select>
        </label>
        <button type="submit" className="min-h-11 rounded-md bg-emerald-800 px-4 text-sm font-semibold text-white hover:bg-emerald-900">{t("show")}</button>
      </form>

      {groups.length === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        groups.map((g) => {
          const id = `week-${g.weekStart}-${g.categorySlug ?? "none"}`;
          return (
            <section key={id} aria-labelledby={id} className="space-y-2">
              <h2 id={id} className="text-base font-semibold text-slate-900">
                {t("week", { isoWeek: g.isoWeek, date: formatWitaDay(g.weekStart, locale) })} · {g.categoryName ?? t("allCategories")}
              </h2>
              <ScrollTable labelledBy={id} hint={tCommon("scrollHint")}>
                <thead>
                  <tr>
                    <Th sticky>{t("colQuery")}</Th>
                    <Th numeric>{t("colSearches")}</Th>
                    <Th numeric>{t("colZero")}</Th>
                    <Th numeric>{t("colMax")}</Th>
                    {canDraft && g.categorySlug ? <Th>{tDemand("colDraft")}</Th> : null}
                  </tr>
                </thead>
                <tbody>
                  {g.queries.map((q) => (
                    <Tr key={q.query}>
                      <RowTh>
                        <Link href={`/katalog?q=${encodeURIComponent(q.query)}`} aria-label={t("searchIt", { query: q.query })} className="underline underline-offset-4">
                          {q.query}
                        </Link>
                      </RowTh>
                      <Td numeric>{formatCount(q.searches, locale)}</Td>
                      <Td numeric>{formatCount(q.zeroResultSearches, locale)}</Td>
                      <Td numeric>{formatCount(q.maxResults, locale)}</Td>
                      {canDraft && g.categorySlug ? (
                        <Td>
                          <Link href={productDraftLink({ query: q.query, categorySlug: g.categorySlug })} aria-label={tDemand("draftItLabel", { query: q.query })} data-testid="opportunity-draft" className="font-semibold text-emerald-800 underline underline-offset-4">
                            {tDemand("draftIt")}
                          </Link>
                        </Td>
                      ) : null}
                    </Tr>
                  ))}
                </tbody>
              </ScrollTable>
            </section>
          );
        })
      )}
    </section>
  );
}
