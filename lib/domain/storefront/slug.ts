/**
 * Storefront slugs: made once from the legal name, then never changed (printed QR posters and shared links must
 * keep working after a rename). The migration's backfill makes them the same way in SQL.
 */

export const SLUG_MAX_BASE = 56;
/** Path segments that sit beside /toko/[slug] and so can never be a slug. */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set(["usaha", "poster", "baru", "cari"]);
const FALLBACK = "toko";

/** "UD Kopi Sembalun (Lombok Timur)" → "ud-kopi-sembalun-lombok-timur": ASCII lower-case words joined by "-". */
export const slugBase = (name: string): string => {
  const ascii = name.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  const joined = ascii.replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  const cut = joined.slice(0, SLUG_MAX_BASE).replace(/-+$/g, "");
  return cut === "" || RESERVED_SLUGS.has(cut) ? (cut === "" ? FALLBACK : `${cut}-toko`) : cut;
};

/** The slug for `name` given the slugs already taken: the base, else base-2, base-3, … (the first one free). */
export const uniqueSlug = (name: string, taken: ReadonlySet<string>): string => {
  const base = slugBase(name);
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
};

/** Only the shape a slug can have; anything else is a 404 without asking the database. */
export const isSlugShaped = (value: string) => value.length <= 64 && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(value);
