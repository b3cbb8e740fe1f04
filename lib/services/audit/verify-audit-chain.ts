import type { DbOrTx } from "@/db/client";
import { listAuditEventsAfter } from "@/db/queries/audit";
import { createChainVerifier, type ChainVerdict } from "@/lib/domain/audit/hash-chain";

const BATCH = 5_000;

/** Recomputes every hash in seq order, in batches so a long chain never sits in memory at once. */
export const verifyAuditChain = async (db: DbOrTx): Promise<ChainVerdict> => {
  const verifier = createChainVerifier();
  let after = 0;
  for (;;) {
    const rows = await listAuditEventsAfter(db, after, BATCH);
    for (const row of rows) verifier.push(row);
    if (rows.length < BATCH) return verifier.result();
    after = rows[rows.length - 1]!.seq;
  }
};
