import type { AppError } from "@/lib/errors";
import os from "node:os";
import path from "node:path";
import { mkdtempSync } from "node:fs";
import bcrypt from "bcryptjs";
import { and, asc, eq, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { auditEvents, businesses, categories, memberships, regions, users } from "@/db/schema";
import { loadViewer } from "@/lib/auth/load-viewer";
import type { Viewer } from "@/lib/domain/auth/roles";

// Shared by the business-*/product-* integration tests.

/** Uploads go to a throwaway folder per test file (set before the first env() read). */
export const useTempDataDir = () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "pasar-uploads-"));
  process.env.DATA_DIR = dir;
  return dir;
};

export const viewerByEmail = async (db: Database, email: string): Promise<Viewer> => {
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, email)).limit(1);
  return (await loadViewer(db, user!.id))!;
};

let counter = 0;
export const newUser = async (db: Database, name = "Penjual Baru"): Promise<Viewer> => {
  counter += 1;
  const email = `baru${Date.now()}${counter}@uji.test`;
  const [user] = await db.insert(users).values({ email, name, passwordHash: bcrypt.hashSync("sandi-rahasia-123", 4), emailVerifiedAt: new Date() }).returning({ id: users.id });
  return (await loadViewer(db, user!.id))!;
};

export const regionByName = async (db: Database, name: string) =>
  (await db.select({ id: regions.id }).from(regions).where(eq(regions.name, name)).limit(1))[0]!.id;

export const leafCategoryId = async (db: Database) =>
  (await db.select({ id: categories.id }).from(categories).orderBy(asc(categories.slug)).limit(1))[0]!.id;

export const auditOf = (db: Database, entityId: string) =>
  db.select({ action: auditEvents.action, data: auditEvents.data, actorId: auditEvents.actorId }).from(auditEvents).where(eq(auditEvents.entityId, entityId)).orderBy(asc(auditEvents.seq));

export const businessByStatus = async (db: Database, status: "pending" | "verified" | "suspended" | "rejected") =>
  (await db.select({ id: businesses.id }).from(businesses).where(eq(businesses.verificationStatus, status)).orderBy(asc(businesses.nib)).limit(1))[0]!.id;

export const outboxEntityIds = async (db: Database) =>
  ((await db.execute(sql`SELECT entity_id AS id FROM search_outbox WHERE processed_at IS NULL`)) as unknown as Array<{ id: string }>).map((r) => r.id);

export const sellerMembership = (db: Database, userId: string) =>
  db.select().from(memberships).where(and(eq(memberships.userId, userId), eq(memberships.role, "seller")));

/** A NIB no seed uses (seeded NIBs start with 9120, 8120, 1220 or 0220). */
export const freshNib = () => `77${String(Date.now()).slice(-8)}${String(Math.floor(Math.random() * 1000)).padStart(3, "0")}`;

/** The AppError a promise rejected with; fails the test when it resolved instead. */
export const rejects = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    return error as AppError;
  }
  throw new Error("expected a rejection");
};
