import { and, asc, eq, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { enqueueBusinessProductsSync, enqueueProductSync } from "@/db/queries/search-outbox";
import { businesses, categories, products, regions, searchOutbox } from "@/db/schema";
import { productsIndex, type SearchTarget } from "@/lib/search/client";
import type { ProductDocument } from "@/lib/search/document";

// Shared by the search integration tests: small writers that behave like the services (a change and its
// outbox row in one transaction) and readers of the index state.

export const firstVerifiedBusiness = async (db: Database) => {
  const [row] = await db
    .select({ id: businesses.id, regionId: businesses.regionId })
    .from(businesses)
    .where(eq(businesses.verificationStatus, "verified"))
    .orderBy(asc(businesses.nib))
    .limit(1);
  return row!;
};

export const anyCategoryId = async (db: Database) => (await db.select({ id: categories.id }).from(categories).orderBy(asc(categories.slug)).limit(1))[0]!.id;

export const kabupatenId = async (db: Database) =>
  (await db.select({ id: regions.id }).from(regions).where(eq(regions.kind, "kabupaten")).orderBy(asc(regions.code)).limit(1))[0]!.id;

export type NewProduct = { businessId: string; categoryId: string; originRegionId: string; title: string; status?: "draft" | "active" | "archived"; priceIdr?: number };

/** Creates a product and queues it, in one transaction, as the product service does. */
export const createProduct = (db: Database, p: NewProduct) =>
  db.transaction(async (tx) => {
    const [row] = await tx
      .insert(products)
      .values({ ...p, unit: "pcs", priceIdr: p.priceIdr ?? 25_000, stock: 10, isLocal: true, status: p.status ?? "active", description: "Produk uji" })
      .returning({ id: products.id });
    await enqueueProductSync(tx, [row!.id]);
    return row!.id;
  });

/** Changes a product and queues it, in one transaction. */
export const updateProduct = (db: Database, id: string, patch: Partial<Pick<typeof products.$inferInsert, "title" | "status" | "priceIdr" | "stock">>) =>
  db.transaction(async (tx) => {
    await tx.update(products).set({ ...patch, updatedAt: new Date() }).where(eq(products.id, id));
    await enqueueProductSync(tx, [id]);
  });

/** A verification decision: the business's status changes and all of its products are queued, together. */
export const setBusinessStatus = (db: Database, businessId: string, status: "verified" | "suspended") =>
  db.transaction(async (tx) => {
    await tx.update(businesses).set({ verificationStatus: status, updatedAt: new Date() }).where(eq(businesses.id, businessId));
    await enqueueBusinessProductsSync(tx, businessId);
  });

export const publicProductIds = async (db: Database) =>
  (
    await db
      .select({ id: products.id })
      .from(products)
      .innerJoin(businesses, eq(businesses.id, products.businessId))
      .where(and(eq(products.status, "active"), eq(businesses.verificationStatus, "verified")))
  )
    .map((r) => r.id)
    .sort();

/** Every document of the live index (up to 10 000), by id. */
export const indexedDocuments = async (target: SearchTarget) => {
  const { results } = await productsIndex(target).getDocuments({ limit: 10_000 });
  return new Map(results.map((d) => [d.id, d as ProductDocument]));
};

export const indexedDocument = async (target: SearchTarget, id: string): Promise<ProductDocument | null> =>
  productsIndex(target)
    .getDocument(id)
    .then((d) => d as ProductDocument)
    .catch((error: { cause?: { code?: string } }) => {
      if (error.cause?.code === "document_not_found") return null;
      throw error;
    });

export const searchIds = async (target: SearchTarget, q: string) =>
  (await productsIndex(target).search(q, { limit: 50, attributesToRetrieve: ["id"] })).hits.map((h) => h.id);

export const pendingOutboxCount = async (db: Database) =>
  (await db.select({ n: sql<number>`count(*)::int` }).from(searchOutbox).where(sql`processed_at IS NULL`))[0]!.n;

export const outboxRows = (db: Database) => db.select().from(searchOutbox).orderBy(asc(searchOutbox.id));
