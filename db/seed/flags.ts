import { and, eq, gte, lt, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { flagReviews, purchaseRequests, regions, users } from "@/db/schema";
import type { AuditEventInput } from "@/lib/domain/audit/audit-event";
import { reusedJustificationKey } from "@/lib/domain/flags/rules/exceptions";
import { fiscalYearRange, witaYear } from "@/lib/domain/time/wita";
import { createRng } from "./random";

/**
 * Red flags are recomputed from the seeded procurement (reused justification texts, late payments, decisions
 * outside hours…); the demo adds one auditor's review, of the most reused justification text of the year, so the
 * "reviewed" filter of /audit/tanda shows something. Deterministic: the same text, note and time for the same `now`.
 */
export const seedFlagReviews = async (tx: DbOrTx, now: Date, appendAll: (events: readonly AuditEventInput[]) => Promise<void>) => {
  const year = witaYear(now);
  const { from, to } = fiscalYearRange(year);
  const [top] = await tx
    .select({ text: purchaseRequests.justificationText, n: sql<number>`count(*)::int` })
    .from(purchaseRequests)
    .where(and(sql`${purchaseRequests.justificationText} IS NOT NULL`, sql`${purchaseRequests.status} <> 'draft'`, gte(purchaseRequests.submittedAt, from), lt(purchaseRequests.submittedAt, to)))
    .groupBy(purchaseRequests.justificationText)
    .orderBy(sql`count(*) DESC`, purchaseRequests.justificationText)
    .limit(1);
  const [auditor] = await tx.select({ id: users.id, email: users.email }).from(users).where(eq(users.email, "auditor@pasarumk.test")).limit(1);
  const [ntb] = await tx.select({ id: regions.id }).from(regions).where(eq(regions.code, "52")).limit(1);
  if (!top?.text || top.n < 2 || !auditor || !ntb) return;
  const key = reusedJustificationKey(top.text, year);
  const note = "Teks baku dari templat Dinas; setiap permintaan diperiksa terpisah dan alasannya sesuai.";
  const id = createRng(0x464c_4147).uuid(); // "FLAG"
  await tx.insert(flagReviews).values({ id, regionId: ntb.id, flagKey: key, kind: "reused_justification", note, reviewedBy: auditor.id, reviewedAt: now });
  await appendAll([{ actor: { id: auditor.id, label: auditor.email }, action: "red_flag.reviewed", entity: "red_flag", entityId: key, data: { regionId: ntb.id, kind: "reused_justification", fiscalYear: year, note }, at: now }]);
};
