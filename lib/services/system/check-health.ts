import { sql } from "drizzle-orm";
import { db } from "@/db/client";

/** Liveness of the web tier and its database; search health is reported separately (degraded ≠ down). */
export const checkHealth = async () => {
  try {
    await db.execute(sql`select 1`);
    return { ok: true, database: "up" as const };
  } catch {
    return { ok: false, database: "down" as const };
  }
};
