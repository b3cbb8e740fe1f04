import bcrypt from "bcryptjs";
import { sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { loadViewer } from "@/lib/auth/load-viewer";
import type { Viewer } from "@/lib/domain/auth/roles";
import { DAY_MS } from "@/lib/domain/time/wita";

// Fixtures of the diklat tests, beside readiness-helpers' businesses, listings and orders.

let counter = 0;
const rows = async <T>(db: Database, query: ReturnType<typeof sql>) => (await db.execute(query)) as unknown as T[];

/** A signed-in seller of the business (a fresh user with one seller membership in NTB). */
export const sellerOf = async (db: Database, businessId: string): Promise<Viewer> => {
  counter += 1;
  const email = `diklat${Date.now()}${counter}@uji.test`;
  const [user] = await rows<{ id: string }>(db, sql`
    INSERT INTO users (email, name, password_hash, email_verified_at) VALUES (${email}, 'Penjual Diklat', ${bcrypt.hashSync("sandi-rahasia-123", 4)}, now()) RETURNING id`);
  await db.execute(sql`INSERT INTO memberships (user_id, role, region_id, business_id) VALUES (${user!.id}, 'seller', (SELECT id FROM regions WHERE code = '52'), ${businessId})`);
  return (await loadViewer(db, user!.id))!;
};

/** A BAST for an order with the value received, signed at `at`. */
export const fixtureReceipt = (db: Database, orderId: string, at: Date, valueIdr: number) => {
  counter += 1;
  return db.execute(sql`
    INSERT INTO receipts (number, order_id, signed_by, signed_at, received_value_idr)
    VALUES (${`BAST-DIKLAT-${Date.now()}-${counter}`}, ${orderId}, (SELECT id FROM users WHERE email = 'pembeli@pasarumk.test'), ${at.toISOString()}, ${valueIdr})`);
};

/** A participant marked present, as the organizer would (used where the test is about outcomes, not attendance). */
export const fixtureAttended = (db: Database, programId: string, businessId: string, at: Date) =>
  db.execute(sql`INSERT INTO enrolments (program_id, business_id, status, attended_at, created_at) VALUES (${programId}, ${businessId}, 'attended', ${at.toISOString()}, ${at.toISOString()})`);

export const enrolmentOf = async (db: Database, programId: string, businessId: string) =>
  (await rows<{ status: string; refusal_reasons: string[] | null; alternative_program_id: string | null; gaps: string[] | null }>(db, sql`
    SELECT e.status, e.refusal_reasons, e.alternative_program_id, s.gaps FROM enrolments e
      LEFT JOIN enrolment_gap_snapshots s ON s.enrolment_id = e.id
     WHERE e.program_id = ${programId} AND e.business_id = ${businessId}`))[0];

export const countEnrolments = async (db: Database, programId: string) =>
  (await rows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM enrolments WHERE program_id = ${programId}`))[0]!.n;

/** "YYYY-MM-DDTHH:mm" WITA, `days` from `now`. */
export const witaLocalIn = (now: Date, days: number) => new Date(now.getTime() + days * DAY_MS + 8 * 3_600_000).toISOString().slice(0, 16);

export const nibOf = async (db: Database, businessId: string) =>
  (await rows<{ nib: string }>(db, sql`SELECT nib FROM businesses WHERE id = ${businessId}`))[0]!.nib;
