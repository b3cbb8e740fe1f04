import { and, eq, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { budgetLines, memberships, opds, users } from "@/db/schema";
import { seedDemoData } from "@/db/seed";
import { loadViewer } from "@/lib/auth/load-viewer";
import type { Viewer } from "@/lib/domain/auth/roles";

// Shared by the procurement-* integration tests.

export const JUSTIFICATION = { code: "technical_spec" as const, text: "Uji integrasi: alasan pengecualian yang cukup panjang untuk kebijakan." };

export const viewerOf = async (db: Database, email: string): Promise<Viewer> => {
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, email)).limit(1);
  return (await loadViewer(db, user!.id))!;
};

export const opdIdOf = async (db: Database, shortName: string) =>
  (await db.select({ id: opds.id }).from(opds).where(eq(opds.shortName, shortName)).limit(1))[0]!.id;

/** A fresh budget line of the OPD for this year, so each test controls its own money. */
export const newBudgetLine = async (db: Database, opdId: string, ceilingIdr: number, code = `9.9.${Math.floor(Math.random() * 1e9)}`) => {
  const year = Number(new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 4));
  const [row] = await db.insert(budgetLines).values({ opdId, fiscalYear: year, code, name: "Uji integrasi", ceilingIdr }).returning();
  return row!;
};

type ProductPick = { id: string; businessId: string; priceIdr: number; title: string };

/** Active, non-food products of verified UMK sellers in NTB with a minimum order of 1, cheapest first. */
export const umkProducts = async (db: Database, limit = 20): Promise<ProductPick[]> =>
  (await db.execute(sql`
    SELECT p.id, p.business_id AS "businessId", p.price_idr::float8 AS "priceIdr", p.title
    FROM products p JOIN businesses b ON b.id = p.business_id JOIN categories c ON c.id = p.category_id
    JOIN regions r ON r.id = b.region_id
    WHERE p.status = 'active' AND b.verification_status = 'verified' AND b.is_umk AND NOT c.is_food AND p.min_order = 1
      AND coalesce(r.parent_id, r.id) = (SELECT id FROM regions WHERE code = '52')
    ORDER BY p.price_idr, p.id LIMIT ${limit}`)) as unknown as ProductPick[];

export const nonUmkProduct = async (db: Database): Promise<ProductPick> =>
  ((await db.execute(sql`
    SELECT p.id, p.business_id AS "businessId", p.price_idr::float8 AS "priceIdr", p.title
    FROM products p JOIN businesses b ON b.id = p.business_id JOIN categories c ON c.id = p.category_id
    WHERE p.status = 'active' AND b.verification_status = 'verified' AND NOT b.is_umk AND NOT c.is_food AND p.min_order = 1
    ORDER BY p.price_idr, p.id LIMIT 1`)) as unknown as ProductPick[])[0]!;

export const setStock = (db: Database, productId: string, stock: number) => db.execute(sql`UPDATE products SET stock = ${stock} WHERE id = ${productId}`);

export const stockOf = async (db: Database, productId: string) =>
  Number(((await db.execute(sql`SELECT stock FROM products WHERE id = ${productId}`)) as unknown as Array<{ stock: number }>)[0]!.stock);

export const budgetOf = async (db: Database, id: string) => {
  const [row] = await db.select().from(budgetLines).where(eq(budgetLines.id, id));
  return row!;
};

/** Grants an extra role to an existing user (e.g. a buyer who is also PPK of the same OPD). */
export const grant = async (db: Database, email: string, role: "buyer" | "approver" | "treasurer", opdId: string) => {
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  const [ntb] = (await db.execute(sql`SELECT id FROM regions WHERE code = '52'`)) as unknown as Array<{ id: string }>;
  await db.insert(memberships).values({ userId: user!.id, role, regionId: ntb!.id, opdId }).onConflictDoNothing();
  return viewerOf(db, email);
};

export const membershipCount = async (db: Database, userId: string) =>
  (await db.select().from(memberships).where(and(eq(memberships.userId, userId)))).length;

/** Expects a promise to reject with an AppError of this code (and, optionally, these details). */
export const expectAppError = async (promise: Promise<unknown>, code: string, details?: Record<string, unknown>) => {
  const error = await promise.then(
    () => null,
    (e: unknown) => e as { code?: string; details?: unknown },
  );
  expect(error).not.toBeNull();
  expect(error!.code).toBe(code);
  if (details) expect(error!.details).toMatchObject(details);
  return error!;
};

/** Seeds the demo data into this file's database and loads the demo people (Dinas Pariwisata's buyer, PPK, treasurer). */
export const seedDemoParties = async (db: Database) => {
  await seedDemoData(db, { now: new Date() });
  const [buyer, approver, treasurer, auditor, admin, seller] = await Promise.all(
    ["pembeli", "ppk", "bendahara", "auditor", "admin", "penjual"].map((name) => viewerOf(db, `${name}@pasarumk.test`)),
  );
  return { buyer: buyer!, approver: approver!, treasurer: treasurer!, auditor: auditor!, admin: admin!, seller: seller!, dispar: await opdIdOf(db, "Dispar") };
};
