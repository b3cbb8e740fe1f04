import { sql } from "drizzle-orm";
import { db } from "@/db/client";
import { searchOutbox } from "@/db/schema";
import { seedDemoData } from "@/db/seed";
import { AppError } from "@/lib/errors";
import { getSearchSyncStatus, retrySearchSyncNow } from "@/lib/services/search/search-sync-status";
import { viewerByEmail } from "./business-helpers";

beforeAll(async () => {
  await seedDemoData(db, { now: new Date("2026-06-01T02:00:00Z") });
  const [product] = (await db.execute(sql`select id from products limit 1`)) as unknown as Array<{ id: string }>;
  await db.insert(searchOutbox).values({
    entity: "product",
    entityId: product!.id,
    operation: "upsert",
    attempts: 3,
    lastError: "connect ECONNREFUSED 127.0.0.1:7700",
    availableAt: new Date(Date.now() + 60 * 60_000),
  });
});

describe("search sync status for the admin", () => {
  it("shows the backlog and every failing row with its error", async () => {
    const status = await getSearchSyncStatus(await viewerByEmail(db, "admin@pasarumk.test"));
    expect(status.backlog).toMatchObject({ pending: 1, failing: 1 });
    expect(status.failures).toEqual([expect.objectContaining({ attempts: 3, lastError: "connect ECONNREFUSED 127.0.0.1:7700" })]);
  });

  it("makes backed-off rows due at once when the admin retries, with an audit event", async () => {
    expect(await retrySearchSyncNow(await viewerByEmail(db, "admin@pasarumk.test"))).toEqual({ released: 1 });
    const [row] = (await db.execute(sql`select available_at <= now() as due from search_outbox`)) as unknown as Array<{ due: boolean }>;
    expect(row!.due).toBe(true);
    const [audit] = (await db.execute(sql`select action from audit_events order by seq desc limit 1`)) as unknown as Array<{ action: string }>;
    expect(audit!.action).toBe("search.retry_requested");
  });

  it("is for admins only", async () => {
    for (const email of ["penjual@pasarumk.test", "auditor@pasarumk.test", "pembeli@pasarumk.test"]) {
      await expect(getSearchSyncStatus(await viewerByEmail(db, email))).rejects.toMatchObject({ code: "forbidden" } satisfies Partial<AppError>);
    }
    await expect(getSearchSyncStatus(null)).rejects.toMatchObject({ code: "unauthenticated" });
  });
});
