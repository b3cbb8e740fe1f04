import { createHash } from "node:crypto";

/**
 * A Peluang as an alert sees it: a search by government buyers that found almost nothing, in a category, from an
 * OPD of a kabupaten/kota (`kabupatenId`) or of the province itself (`kabupatenId` null: the province buys from
 * all its kabupaten, so the demand is everyone's there).
 */
export type OpportunitySignal = { categorySlug: string; categoryName: string; provinceId: string; kabupatenId: string | null; kabupatenName: string | null; query: string; searches: number };

/** A seller who could answer it: a verified business with active products in some categories, in one kabupaten. */
export type OpportunitySeller = { userId: string; provinceId: string; kabupatenId: string; categorySlugs: readonly string[] };

export type OpportunityAlert = { userId: string; signal: OpportunitySignal; dedupeKey: string; link: string };

/**
 * The identity of a Peluang: category, area and the normalised query. An alert's dedupe key carries it, so a
 * seller is told of each Peluang once, however many weeks the same search keeps failing. Long queries are hashed
 * to keep the key short; short ones stay readable in the table.
 */
export const opportunityKey = (s: Pick<OpportunitySignal, "categorySlug" | "kabupatenId" | "provinceId" | "query">) => {
  const query = s.query.length <= 60 ? s.query : createHash("sha256").update(s.query).digest("hex").slice(0, 32);
  return `opportunity:${s.categorySlug}:${s.kabupatenId ?? `prov-${s.provinceId}`}:${query}`;
};

/** "tenun  songket" → "Tenun Songket": the search as a product title a seller would start from. */
export const titleFromQuery = (query: string) =>
  query
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w.charAt(0).toLocaleUpperCase("id") + w.slice(1))
    .join(" ")
    .slice(0, 120);

/** The seller's new-product form, opened as a draft with the name and category of the search filled in. */
export const productDraftLink = (s: Pick<OpportunitySignal, "query" | "categorySlug">) =>
  `/penjual/produk/baru?${new URLSearchParams({ judul: titleFromQuery(s.query), kategori: s.categorySlug, dari: "peluang" }).toString()}`;

/** The prefilled values the form reads back from that link; anything else in the query is ignored. */
export const productDraftFromLink = (params: Record<string, string | string[] | undefined>): { title?: string; categorySlug?: string; status?: "draft" } => {
  if (params.dari !== "peluang") return {};
  const title = typeof params.judul === "string" ? params.judul.trim().slice(0, 120) : "";
  const categorySlug = typeof params.kategori === "string" && /^[a-z0-9-]{1,80}$/.test(params.kategori) ? params.kategori : undefined;
  return { ...(title ? { title } : {}), ...(categorySlug ? { categorySlug } : {}), status: "draft" };
};

/**
 * Who is told of which Peluang: sellers with active products in its category, in its kabupaten (or anywhere in
 * the province for a provincial OPD's search). One alert per seller and Peluang; notify() keeps it once across
 * runs by the dedupe key, and the person's preferences decide the channels.
 */
export const planOpportunityAlerts = (signals: readonly OpportunitySignal[], sellers: readonly OpportunitySeller[]): OpportunityAlert[] => {
  const alerts = new Map<string, OpportunityAlert>();
  for (const signal of signals) {
    const dedupeKey = opportunityKey(signal);
    for (const seller of sellers) {
      if (seller.provinceId !== signal.provinceId || !seller.categorySlugs.includes(signal.categorySlug)) continue;
      if (signal.kabupatenId !== null && seller.kabupatenId !== signal.kabupatenId) continue;
      alerts.set(`${seller.userId}\u0000${dedupeKey}`, { userId: seller.userId, signal, dedupeKey, link: productDraftLink(signal) });
    }
  }
  return [...alerts.values()];
};
