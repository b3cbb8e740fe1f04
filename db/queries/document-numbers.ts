import { sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { num, rowsOf } from "./columns";

/**
 * The next value of a gap-free yearly counter. The upsert takes the counter row's lock until the caller's
 * transaction ends, so a rolled-back number is never used and never skipped.
 */
export const nextDocumentSequence = async (db: DbOrTx, params: { key: string; year: number }) => {
  const [row] = rowsOf<{ value: number }>(
    await db.execute(sql`
      INSERT INTO document_counters (kind, year, last_value) VALUES (${params.key}, ${params.year}, 1)
      ON CONFLICT (kind, year) DO UPDATE SET last_value = document_counters.last_value + 1
      RETURNING last_value AS value`),
  );
  return num(row!.value);
};
