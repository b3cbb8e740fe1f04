import type { DbOrTx } from "@/db/client";
import { findAuditHead, insertAuditEvents, lockAuditChain } from "@/db/queries/audit";
import { chainAuditEvent, type AuditEventInput } from "@/lib/domain/audit/audit-event";

export { SYSTEM_ACTOR, type AuditActor, type AuditEventInput } from "@/lib/domain/audit/audit-event";

/**
 * Appends links to the audit chain, in the given order. Call it inside the transaction that makes the change, so
 * the events exist exactly when the change does; the advisory lock keeps concurrent appends in one line. The lock
 * is held until that transaction ends and every writer of the chain waits for it: call this as the transaction's
 * LAST statement, so the chain is held for three round trips and the commit, not for the rest of the work; one
 * call for all of a transaction's events takes the lock and reads the head once and inserts them in one statement.
 */
export const appendAuditEvents = async (tx: DbOrTx, inputs: readonly AuditEventInput[]) => {
  if (inputs.length === 0) return [];
  await lockAuditChain(tx);
  // Its own statement after the lock: under READ COMMITTED its snapshot then holds the last committed link.
  let head = await findAuditHead(tx);
  const now = new Date();
  const links = inputs.map((input) => (head = chainAuditEvent(head, input, now)));
  await insertAuditEvents(tx, links);
  return links.map((l) => ({ seq: l.seq, hash: l.hash }));
};

/** One link; see appendAuditEvents (last in the transaction). */
export const appendAuditEvent = async (tx: DbOrTx, input: AuditEventInput) => (await appendAuditEvents(tx, [input]))[0]!;
