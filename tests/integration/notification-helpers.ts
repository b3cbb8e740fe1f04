import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { memberships, users } from "@/db/schema";
import { readCaughtMail, startMailCatcher, type MailCatcher } from "@/lib/mail/catcher";

export const TEST_LINKS = { baseUrl: "http://pasar.test", secret: "test-secret-of-at-least-16" };

/** A real SMTP server on a free port that keeps mail in a fresh folder. */
export const startCatcher = async (port?: number): Promise<MailCatcher> =>
  startMailCatcher({ dir: mkdtempSync(path.join(os.tmpdir(), "pasar-mail-")), port });

export const caught = (catcher: Pick<MailCatcher, "dir">) => readCaughtMail(catcher.dir, { limit: 10_000 });

/** The id and address of the first user holding a role (optionally for one business). */
export const userWithRole = async (db: DbOrTx, role: "seller" | "buyer" | "approver" | "treasurer" | "auditor" | "admin", businessId?: string) => {
  const [row] = await db
    .select({ id: users.id, email: users.email, name: users.name, businessId: memberships.businessId, opdId: memberships.opdId })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(businessId ? sql`${memberships.role} = ${role} AND ${memberships.businessId} = ${businessId}` : eq(memberships.role, role))
    .orderBy(users.email)
    .limit(1);
  if (!row) throw new Error(`no ${role} in the seed`);
  return row;
};

export const pendingDeliveries = async (db: DbOrTx) => {
  const [row] = (await db.execute(sql`SELECT count(*)::int AS n FROM notification_deliveries WHERE processed_at IS NULL`)) as unknown as Array<{ n: number }>;
  return row!.n;
};
