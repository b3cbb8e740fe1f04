import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { CatalogSearchForm, FilterDisclosure } from "@/components/catalog/catalog-search-form";
import { FacetGroup, type FacetOption } from "@/components/catalog/facet-group";
import { SearchResultCard } from "@/components/catalog/search-result-card";
import { EmptyState } from "@/components/ui/empty-state";
import { viewer } from "@/lib/auth/viewer";
import { can } from "@/lib/domain/auth/can";
import { formatCount } from "@/lib/domain/money/rupiah";
import { searchCatalog } from "@/lib/services/catalog/search-catalog";
import {
  BUSINESS_SCALES, CERTIFICATION_KINDS, parseProductSearchQueryLenient, PRODUCT_SORTS, type ProductSearchQuery,
} from "@/lib/validation/catalog";

export const dynamic = "force-dynamic";

type SearchParams = Record<string, string | string[] | undefined>;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("catalog"))("title") };
}

/** The URL of this search with some parameters changed (pagination keeps every filter). */
const hrefWith = (query: ProductSearchQuery, changes: Record<string, string | undefined>) => {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  for (const key of ["category", "kabupaten", "scale", "isUmk", "isLocal", "certification"] as const) {
    for (const v of query[key] ?? []) params.append(key, String(v));
  }
  if (query.minPrice !== undefined) params.set("minPrice", String(query.minPrice));
  if (query.maxPrice !== undefined) params.set("maxPrice", String(query.maxPrice));
  if (query.sort !== "relevance") params.set("sort", query.sort);
  if (query.perPage !== 24) params.set("perPage", String(query.perPage));
  for (const [k, v] of Object.entries(changes)) {
    if (v === undefined) params.delete(k);
    else params.set(k, v);
  }
  return params.size ? `/katalog?${params}` : "/katalog";
};

const options = (counts: Record<string, number>, selected: readonly (string | boolean)[] | undefined, label: (value: string) => string, order?: readonly string[]): FacetOption[] => {
  const chosen = new Set((selected ?? []).map(String));
  const values = new Set([...Object.keys(counts), ...chosen]);
  const sorted = [...values].sort((a, b) =>
    order ? order.indexOf(a) - order.indexOf(b) : (counts[b] ?? 0) - (counts[a] ?? 0) || a.localeCompare(b, "id"),
  );
  return sorted.map((value) => ({ value, label: label(value), count: counts[value] ?? 0, checked: chosen.has(value) }));
};

export default async function CatalogPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { query, invalid } = parseProductSearchQueryLenient(await searchParams);
  const current = await viewer();
  const [t, tRoot, locale, result] = await Promise.all([getTranslations("catalog"), getTranslations(), getLocale(), searchCatalog(current, query)]);
  const activeFilters = (["category", "kabupaten", "scale", "isUmk", "isLocal", "certification"] as const).reduce((n, k) => n + (query[k]?.length ?? 0), 0) +
    (query.minPrice !== undefined ? 1 : 0) + (query.maxPrice !== undefined ? 1 : 0);
  const canSeeDemand = current !== null && current.memberships.some((m) => can(current, "demand.read", { regionId: m.regionId }));
  const f = result.facets;

  return (
    <section aria-labelledby="catalog-title" className="space-y-4">
      <div className="space-y-1">
        <h1 id="catalog-title" className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">{t("title")}</h1>
        <p className="max-w-3xl text-slate-700">{t("lead")}</p>
        {canSeeDemand ? (
          <p>
            <Link href="/peluang" className="text-sm font-semibold text-emerald-800 underline underline-offset-4">{t("opportunitiesLink")}</Link>
          </p>
        ) : null}
      </div>

      {result.degraded ? (
        <p data-testid="search-degraded" role="status" className="rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950">
          {t("degraded")}
        </p>
      ) : null}
      {invalid.length > 0 ? (
        <p role="alert" className="rounded-lg border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-900">
          {t("invalidParams", { fields: invalid.join(", ") })}
        </p>
      ) : null}

      <CatalogSearchForm action="/katalog">
        <div className="flex gap-2">
          <label htmlFor="catalog-q" className="sr-only">{t("searchLabel")}</label>
          <input
            id="catalog-q"
            data-testid="search-input"
            type="search"
            name="q"
            defaultValue={query.q}
            placeholder={t("searchPlaceholder")}
            autoComplete="off"
            enterKeyHint="search"
            maxLength={200}
            className="min-h-11 w-full min-w-0 flex-1 rounded-md border border-slate-400 bg-white px-3 text-base text-slate-900"
          />
          <button type="submit" data-testid="search-submit" className="min-h-11 shrink-0 rounded-md bg-emerald-800 px-4 font-semibold text-white hover:bg-emerald-900">
            {t("searchSubmit")}
          </button>
        </div>

        <div className="mt-4 grid gap-4 lg:grid-cols-[16rem_1fr]">
          <aside aria-label={t("filters")}>
            <FilterDisclosure summary={t("filtersActive", { count: activeFilters })} defaultOpen={false}>
              <FacetGroup name="category" testId="facet-category" legend={t("facetCategory")} locale={locale} options={options(f.category, query.category, (v) => v)} />
              <FacetGroup name="kabupaten" testId="facet-kabupaten" legend={t("facetKabupaten")} locale={locale} options={options(f.kabupaten, query.kabupaten, (v) => v)} />
              <FacetGroup name="isUmk" testId="facet-umk" legend={t("facetUmk")} locale={locale} options={options(f.isUmk, query.isUmk, (v) => t(v === "true" ? "umkTrue" : "umkFalse"), ["true", "false"])} />
              <FacetGroup name="scale" testId="facet-scale" legend={t("facetScale")} locale={locale} options={options(f.scale, query.scale, (v) => tRoot(`scale.${v as (typeof BUSINESS_SCALES)[number]}`), BUSINESS_SCALES)} />
              <FacetGroup name="isLocal" testId="facet-local" legend={t("facetLocal")} locale={locale} options={options(f.isLocal, query.isLocal, (v) => t(v === "true" ? "localTrue" : "localFalse"), ["true", "false"])} />
              <FacetGroup name="certification" testId="facet-certification" legend={t("facetCertification")} locale={locale} options={options(f.certification, query.certification, (v) => t(`certification.${v as (typeof CERTIFICATION_KINDS)[number]}`), CERTIFICATION_KINDS)} />
              <fieldset className="space-y-2">
                <legend className="mb-1 text-sm font-semibold text-slate-900">{t("priceRange")}</legend>
                <div className="grid grid-cols-2 gap-2">
                  <label className="text-xs text-slate-700">
                    {t("minPrice")}
                    <input type="number" name="minPrice" min={0} step={1000} inputMode="numeric" defaultValue={query.minPrice} className="mt-0.5 min-h-11 w-full rounded-md border border-slate-400 bg-white px-2 text-base" />
                  </label>
                  <label className="text-xs text-slate-700">
                    {t("maxPrice")}
                    <input type="number" name="maxPrice" min={0} step={1000} inputMode="numeric" defaultValue={query.maxPrice} className="mt-0.5 min-h-11 w-full rounded-md border border-slate-400 bg-white px-2 text-base" />
                  </label>
                </div>
              </fieldset>
              <div className="flex flex-wrap items-center gap-3">
                <button type="submit" className="min-h-11 rounded-md border border-emerald-800 px-3 text-sm font-semibold text-emerald-900 hover:bg-emerald-50">{t("applyFilters")}</button>
                {activeFilters > 0 ? (
                  <Link href={hrefWith({ ...query, category: undefined, kabupaten: undefined, scale: undefined, isUmk: undefined, isLocal: undefined, certification: undefined, minPrice: undefined, maxPrice: undefined }, { page: undefined })} className="text-sm font-semibold text-emerald-800 underline underline-offset-4">
                    {t("clearFilters")}
                  </Link>
                ) : null}
              </div>
            </FilterDisclosure>
          </aside>

          <div className="min-w-0 space-y-3">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <p data-testid="search-total" role="status" className="font-semibold text-slate-900">
                {query.q ? t("totalFor", { count: result.total, q: query.q }) : t("total", { count: result.total })}
              </p>
              <label className="flex items-center gap-2 text-sm text-slate-700">
                {t("sort")}
                <select name="sort" defaultValue={query.sort} data-testid="search-sort" className="min-h-11 rounded-md border border-slate-400 bg-white px-2 text-sm text-slate-900">
                  {PRODUCT_SORTS.map((s) => (
                    <option key={s} value={s}>{t(`sortOptions.${s}`)}</option>
                  ))}
                </select>
              </label>
            </div>
            <p className="sr-only group-data-[pending]:not-sr-only group-data-[pending]:text-sm group-data-[pending]:text-slate-600">{t("loading")}</p>

            {/* The cards' titles are <h3>: this heading keeps the outline h1 → h2 → h3 (axe heading-order). */}
            <section aria-labelledby="catalog-results-title" className="transition-opacity group-data-[pending]:opacity-60">
              <h2 id="catalog-results-title" className="sr-only">{t("results")}</h2>
              {result.hits.length === 0 ? (
                <EmptyState>{t("empty")}</EmptyState>
              ) : (
                <ul className="grid grid-cols-2 gap-2 sm:gap-3 md:grid-cols-3">
                  {result.hits.map((hit) => (
                    <li key={hit.id}>
                      <SearchResultCard hit={hit} />
                    </li>
                  ))}
                </ul>
              )}
            </section>

            {result.totalPages > 1 ? (
              <nav aria-label={t("pagination")} className="flex flex-wrap items-center justify-between gap-2 pt-2">
                {query.page > 1 ? (
                  <Link rel="prev" data-testid="search-prev" href={hrefWith(query, { page: query.page > 2 ? String(query.page - 1) : undefined })} className="inline-flex min-h-11 items-center rounded-md border border-slate-300 bg-white px-4 text-sm font-semibold text-slate-800 hover:bg-slate-100">
                    {t("previous")}
                  </Link>
                ) : <span />}
                <span className="text-sm text-slate-700">{t("pageOf", { page: formatCount(query.page, locale), pages: formatCount(result.totalPages, locale) })}</span>
                {query.page < result.totalPages ? (
                  <Link rel="next" data-testid="search-next" href={hrefWith(query, { page: String(query.page + 1) })} className="inline-flex min-h-11 items-center rounded-md border border-slate-300 bg-white px-4 text-sm font-semibold text-slate-800 hover:bg-slate-100">
                    {t("next")}
                  </Link>
                ) : <span />}
              </nav>
            ) : null}
          </div>
        </div>
      </CatalogSearchForm>
    </section>
  );
}
