import { z } from "zod";
import { AppError, type Locale } from "@/lib/errors";
import { assertSafeInput, findUnsafeText } from "./safe-input";

// The public catalog's query parameters. Shared by GET /api/v1/products, the /katalog page and OpenAPI.

export const BUSINESS_SCALES = ["mikro", "kecil", "menengah", "besar"] as const;
export const CERTIFICATION_KINDS = ["halal", "pirt", "bpom", "sni"] as const;
export const PRODUCT_SORTS = ["relevance", "price:asc", "price:desc", "newest", "rating"] as const;
export const DEFAULT_PER_PAGE = 24;
export const MAX_PER_PAGE = 100;
/** Meilisearch stops counting at maxTotalHits (10 000); pages beyond it would be empty anyway. */
export const MAX_PAGE = 1_000;
const MAX_PRICE = 1_000_000_000_000;

export type ProductSort = (typeof PRODUCT_SORTS)[number];

/** Every repeatable filter parameter; several values of one are OR-ed, different ones AND-ed. */
export const MULTI_VALUE_PARAMS = ["category", "kabupaten", "scale", "isUmk", "isLocal", "certification"] as const;

const text = (max: number) => z.string().trim().min(1).max(max);
const many = <T extends z.ZodType>(item: T) =>
  z.union([item, z.array(item).max(20)]).transform((v) => (Array.isArray(v) ? v : [v]) as z.output<T>[]);
const booleanString = z.enum(["true", "false"]).transform((v) => v === "true");
const integerString = (min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/)
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));

export const productSearchQuerySchema = z
  .object({
    q: z.string().trim().max(200).default("").describe("Search words; typos and local synonyms are forgiven."),
    category: many(text(100)).optional().describe("Category name exactly as in facets.category (repeatable)."),
    kabupaten: many(text(100)).optional().describe("Origin kabupaten/kota, e.g. `Lombok Tengah` (repeatable)."),
    scale: many(z.enum(BUSINESS_SCALES)).optional().describe("Seller scale by PP 7/2021 (repeatable)."),
    isUmk: many(booleanString).optional().describe("`true`: mikro/kecil sellers only; `false`: the others."),
    isLocal: many(booleanString).optional().describe("`true`: products made in NTB."),
    certification: many(z.enum(CERTIFICATION_KINDS)).optional().describe("Seller holds a valid certification (repeatable)."),
    minPrice: integerString(0, MAX_PRICE).optional().describe("Lowest price in whole rupiah."),
    maxPrice: integerString(0, MAX_PRICE).optional().describe("Highest price in whole rupiah."),
    businessId: z.uuid().optional().describe("Only this seller's products."),
    sort: z.enum(PRODUCT_SORTS).default("relevance"),
    page: integerString(1, MAX_PAGE).default(1),
    perPage: integerString(1, MAX_PER_PAGE).default(DEFAULT_PER_PAGE),
  })
  .strict()
  .refine((p) => p.minPrice === undefined || p.maxPrice === undefined || p.minPrice <= p.maxPrice, {
    path: ["minPrice"],
    params: { reason: "price_range" },
  });

export type ProductSearchQuery = z.output<typeof productSearchQuerySchema>;
/** What services accept: the parsed query, with defaults optional for in-process callers. */
export type ProductSearchParams = Partial<ProductSearchQuery>;

export const productIdSchema = z.uuid();

type IssueLike = { code: string; format?: string; path: PropertyKey[]; params?: Record<string, unknown>; values?: unknown[]; maximum?: unknown; minimum?: unknown; keys?: string[] };

const FIELD_NAMES: Record<string, { id: string; en: string }> = {
  q: { id: "kata kunci", en: "search words" },
  category: { id: "kategori", en: "category" },
  kabupaten: { id: "kabupaten/kota", en: "kabupaten/kota" },
  scale: { id: "skala usaha", en: "business scale" },
  isUmk: { id: "UMK", en: "UMK" },
  isLocal: { id: "produk lokal", en: "local product" },
  certification: { id: "sertifikasi", en: "certification" },
  minPrice: { id: "harga terendah", en: "minimum price" },
  maxPrice: { id: "harga tertinggi", en: "maximum price" },
  businessId: { id: "ID usaha", en: "business id" },
  sort: { id: "urutan", en: "sort" },
  page: { id: "halaman", en: "page" },
  perPage: { id: "jumlah per halaman", en: "results per page" },
};

/** One validation problem in the API's words, in Bahasa Indonesia or English. */
export const localizeIssue = (issue: IssueLike, locale: Locale): { path: string; code: string; message: string } => {
  // A repeatable parameter is "value or list of values": report the single-value branch's problem.
  const branch = issue.code === "invalid_union" ? (issue as { errors?: IssueLike[][] }).errors?.[0]?.[0] : undefined;
  if (branch) return localizeIssue({ ...branch, path: [...issue.path, ...branch.path] }, locale);
  const path = issue.path.filter((p) => typeof p === "string").join(".") || (issue.keys?.[0] ?? "");
  const field = FIELD_NAMES[path.split(".")[0] ?? ""]?.[locale] ?? path;
  const id = locale === "id";
  const reason = issue.params?.reason;
  let message: string;
  if (issue.code === "unrecognized_keys") {
    message = id ? `Parameter tidak dikenal: ${issue.keys?.join(", ")}.` : `Unknown parameter: ${issue.keys?.join(", ")}.`;
    return { path: issue.keys?.[0] ?? "", code: issue.code, message };
  }
  if (reason === "price_range") {
    message = id ? "Harga terendah tidak boleh lebih besar dari harga tertinggi." : "The minimum price must not exceed the maximum price.";
  } else if ((issue.code === "invalid_format" && issue.format === "regex") || (issue.code === "invalid_type" && /Price|page/.test(path))) {
    message = id ? `${field} harus berupa bilangan bulat.` : `${field} must be a whole number.`;
  } else if (issue.code === "invalid_value" && issue.values) {
    const allowed = issue.values.map(String).join(", ");
    message = id ? `Nilai ${field} tidak dikenal. Pilihan: ${allowed}.` : `Unknown ${field}. Allowed: ${allowed}.`;
  } else if (issue.code === "too_big") {
    message = id ? `${field} paling banyak ${String(issue.maximum)}.` : `${field} must be at most ${String(issue.maximum)}.`;
  } else if (issue.code === "too_small") {
    message = id ? `${field} paling sedikit ${String(issue.minimum)}.` : `${field} must be at least ${String(issue.minimum)}.`;
  } else if (issue.code === "invalid_format") {
    message = id ? `Format ${field} tidak valid.` : `Invalid ${field} format.`;
  } else {
    message = id ? `Nilai ${field} tidak valid.` : `Invalid ${field}.`;
  }
  const code = reason !== undefined ? String(reason) : issue.code === "invalid_format" && issue.format === "regex" ? "not_integer" : issue.code;
  return { path, code, message };
};

/** URLSearchParams (or Next's searchParams object) → plain object; repeated keys become arrays, empty values vanish. */
export const searchParamsToObject = (
  input: URLSearchParams | Record<string, string | string[] | undefined>,
): Record<string, string | string[]> => {
  const out: Record<string, string | string[]> = {};
  const entries: [string, string][] =
    input instanceof URLSearchParams
      ? [...input.entries()]
      : Object.entries(input).flatMap(([k, v]) => (v === undefined ? [] : (Array.isArray(v) ? v : [v]).map((x): [string, string] => [k, x])));
  for (const [key, value] of entries) {
    // A GET form sends empty fields (minPrice=&q=); they mean "not set", except q which may be empty.
    if (value.trim() === "" && key !== "q") continue;
    const existing = out[key];
    out[key] = existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value];
  }
  // Single-valued parameters given twice are a client error the schema reports; multi-valued ones stay arrays.
  return out;
};

/**
 * Parses catalog query parameters or throws a 400 AppError whose details name each bad field, with
 * messages in the caller's language.
 */
export const parseProductSearchQuery = (
  input: URLSearchParams | Record<string, string | string[] | undefined>,
  locale: Locale = "id",
): ProductSearchQuery => {
  const raw = searchParamsToObject(input);
  assertSafeInput(raw, locale);
  const result = productSearchQuerySchema.safeParse(raw);
  if (result.success) return result.data;
  throw new AppError(
    "bad_request",
    { id: "Parameter pencarian tidak valid.", en: "Invalid search parameters." },
    result.error.issues.map((issue) => localizeIssue(issue as unknown as IssueLike, locale)),
  );
};

/** Like parseProductSearchQuery, for pages: invalid parameters fall back to defaults instead of failing. */
export const parseProductSearchQueryLenient = (input: Record<string, string | string[] | undefined>): { query: ProductSearchQuery; invalid: string[] } => {
  // Parameters holding unsafe text (NUL, controls, lone surrogates) are dropped like any other invalid one.
  const unsafe = Object.keys(input).filter((k) => findUnsafeText({ [k]: input[k] }) !== null);
  const raw = searchParamsToObject(Object.fromEntries(Object.entries(input).filter(([k]) => !unsafe.includes(k))));
  const result = productSearchQuerySchema.safeParse(raw);
  if (result.success) return { query: result.data, invalid: unsafe };
  const invalid = [...new Set([...unsafe, ...result.error.issues.map((i) => String(i.path[0] ?? (i as { keys?: string[] }).keys?.[0] ?? ""))])];
  const cleaned = Object.fromEntries(Object.entries(raw).filter(([k]) => !invalid.includes(k) && k in productSearchQuerySchema.shape));
  const retry = productSearchQuerySchema.safeParse(cleaned);
  return { query: retry.success ? retry.data : productSearchQuerySchema.parse({}), invalid };
};

/** Lowercased, trimmed, inner whitespace collapsed: how a query is stored as a demand signal. */
export const normalizeSearchQuery = (q: string) => q.toLowerCase().replace(/\s+/g, " ").trim();

export const opportunitiesQuerySchema = z.object({
  weeks: z.coerce.number().int().min(1).max(26).default(8),
});
export type OpportunitiesQuery = z.output<typeof opportunitiesQuerySchema>;

// Response shapes: the single description of what the API returns, used for types and for OpenAPI.

export const catalogBusinessSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  scale: z.enum(BUSINESS_SCALES),
  isUmk: z.boolean().describe("Mikro or kecil (PP 7/2021): counts toward the 40 % UMK share."),
  kabupaten: z.string().describe("Where the business is registered."),
});

export const productHitSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  priceIdr: z.number().int().describe("Whole rupiah."),
  unit: z.string(),
  stock: z.number().int(),
  category: z.string().describe("Category name; the `category` filter value."),
  categorySlug: z.string(),
  kabupaten: z.string().describe("Origin kabupaten/kota of the product; the `kabupaten` filter value."),
  isLocal: z.boolean(),
  thumbnailUrl: z.string().nullable(),
  rating: z.number(),
  business: catalogBusinessSchema,
});

const facetCounts = z.record(z.string(), z.number().int());

export const productSearchResponseSchema = z.object({
  hits: z.array(productHitSchema),
  facets: z
    .object({
      category: facetCounts,
      kabupaten: facetCounts,
      scale: facetCounts,
      isUmk: facetCounts.describe("Keys `true` / `false`."),
      isLocal: facetCounts,
      certification: facetCounts,
    })
    .describe("Counts per filter value. A filter's own selection is ignored for its counts, so they show what choosing that value would return."),
  total: z.number().int(),
  page: z.number().int(),
  perPage: z.number().int(),
  totalPages: z.number().int(),
  degraded: z.boolean().describe("True when search fell back to a simple database query (Meilisearch unavailable)."),
});

export const productDetailSchema = productHitSchema.extend({
  description: z.string(),
  photos: z.array(z.object({ thumbnailUrl: z.string(), url: z.string(), alt: z.string().optional().describe("Set when the picture is not a photo of the goods (demo illustrations).") })),
  certifications: z.array(z.object({ kind: z.enum(CERTIFICATION_KINDS), expiresOn: z.string().nullable() })),
  minOrder: z.number().int(),
  leadTimeDays: z.number().int(),
  tkdnPercent: z.number().nullable(),
  business: catalogBusinessSchema.extend({
    verifiedAt: z.string().nullable().describe("ISO 8601 time of the latest verification."),
    storefrontSlug: z.string().nullable().optional().describe("The seller's storefront at /toko/{slug}."),
  }),
});

export type ProductHit = z.output<typeof productHitSchema>;
export type ProductFacets = z.output<typeof productSearchResponseSchema>["facets"];
export type ProductSearchResult = z.output<typeof productSearchResponseSchema>;
export type ProductDetail = z.output<typeof productDetailSchema>;

export const FACET_KEYS = ["category", "kabupaten", "scale", "isUmk", "isLocal", "certification"] as const;
export type FacetKey = (typeof FACET_KEYS)[number];
export const emptyFacets = (): ProductFacets => ({ category: {}, kabupaten: {}, scale: {}, isUmk: {}, isLocal: {}, certification: {} });

/** Where the seller engineer's storage serves files. */
export const mediaUrl = (key: string) => `/media/${key.split("/").map(encodeURIComponent).join("/")}`;
