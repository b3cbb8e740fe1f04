import { asc, desc, gt, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { auditEvents } from "../schema";

// Any constant works; it only has to be the same for every writer of the chain.
const AUDIT_CHAIN_LOCK = 7_340_017;

/** Serializes appenders until the surrounding transaction ends, so two writers never share a prev_hash. */
export const lockAuditChain = (db: DbOrTx) => db.execute(sql`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`);

export const findAuditHead = async (db: DbOrTx) => {
  const [head] = await db
    .select({ seq: auditEvents.seq, hash: auditEvents.hash })
    .from(auditEvents)
    .orderBy(desc(auditEvents.seq))
    .limit(1);
  return head;
};

export const insertAuditEvent = (db: DbOrTx, row: typeof auditEvents.$inferInsert) => db.insert(auditEvents).values(row);

export const insertAuditEvents = (db: DbOrTx, rows: Array<typeof auditEvents.$inferInsert>) => db.insert(auditEvents).values(rows);

export const listAuditEventsAfter = (db: DbOrTx, afterSeq: number, limit: number) =>
  db.select().from(auditEvents).where(gt(auditEvents.seq, afterSeq)).orderBy(asc(auditEvents.seq)).limit(limit);
