import { sql } from "drizzle-orm";
import { db } from "@/db/client";
import { seedDemoData } from "@/db/seed";
import { toAppError } from "@/lib/errors";
import { addHoliday, listHolidays, removeHoliday } from "@/lib/services/procurement/manage-holidays";
import { viewerByEmail } from "./business-helpers";

let regionId: string;

beforeAll(async () => {
  await seedDemoData(db, { now: new Date("2026-06-01T02:00:00Z") });
  const [row] = (await db.execute(sql`select id from regions where code = '52'`)) as unknown as Array<{ id: string }>;
  regionId = row!.id;
});

const failureOf = (promise: Promise<unknown>) => promise.then(() => null, (e: unknown) => toAppError(e).code);

describe("configurable holidays", () => {
  it("lets the admin add and remove a cuti bersama day, audited, and refuses a date twice", async () => {
    const admin = await viewerByEmail(db, "admin@pasarumk.test");
    const { id } = await addHoliday(admin, { regionId, date: "2026-12-24", name: "Cuti bersama Natal" });
    expect((await listHolidays(admin, { regionId, year: 2026 })).map((h) => h.date)).toContain("2026-12-24");
    expect(await failureOf(addHoliday(admin, { regionId, date: "2026-12-24", name: "Lagi" }))).toBe("conflict");
    await removeHoliday(admin, { id, regionId });
    expect((await listHolidays(admin, { regionId, year: 2026 })).map((h) => h.date)).not.toContain("2026-12-24");
    const actions = (await db.execute(sql`select action from audit_events where entity = 'holiday' order by seq`)) as unknown as Array<{ action: string }>;
    expect(actions.map((a) => a.action)).toEqual(["holiday.added", "holiday.removed"]);
  });

  it("is the admin's alone", async () => {
    for (const email of ["ppk@pasarumk.test", "auditor@pasarumk.test"]) {
      expect(await failureOf(addHoliday(await viewerByEmail(db, email), { regionId, date: "2026-12-31", name: "Libur" }))).toBe("forbidden");
    }
  });
});
