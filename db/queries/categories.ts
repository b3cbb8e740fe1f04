import { asc, eq, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { categories } from "../schema";

export const findCategory = async (db: DbOrTx, categoryId: string) => {
  const [row] = await db.select({ id: categories.id }).from(categories).where(eq(categories.id, categoryId)).limit(1);
  return row;
};

/** Categories as a flat list with parents first then children, for a grouped <select>. */
export const listCategoryTree = (db: DbOrTx) =>
  db
    .select({ id: categories.id, slug: categories.slug, nameId: categories.nameId, nameEn: categories.nameEn, parentId: categories.parentId })
    .from(categories)
    .orderBy(sql`coalesce(${categories.parentId}, ${categories.id})`, sql`${categories.parentId} IS NOT NULL`, asc(categories.nameId));

/** Category slugs by their Indonesian name (the facet/filter value). */
export const findCategorySlugsByName = async (db: DbOrTx, names: string[]) => {
  if (names.length === 0) return new Map<string, string>();
  const rows = await db.select({ name: categories.nameId, slug: categories.slug }).from(categories).where(inArray(categories.nameId, names));
  return new Map(rows.map((r) => [r.name, r.slug]));
};
