import { sql } from "drizzle-orm";
import { db } from "@/db/client";
import { seedDemoData } from "@/db/seed";
import type { Viewer } from "@/lib/domain/auth/roles";
import { DAY_MS } from "@/lib/domain/time/wita";
import { getProgramManagement, sendInvitations } from "@/lib/services/diklat/program-management";
import { getProgramOutcomes } from "@/lib/services/diklat/program-outcomes";
import { recordAttendance } from "@/lib/services/diklat/record-attendance";
import { requestEnrolment } from "@/lib/services/diklat/request-enrolment";
import { createProgram } from "@/lib/services/diklat/save-program";
import { exportProgramSidt, importProgramSidt } from "@/lib/services/diklat/sidt-exchange";
import type { SaveProgramInput } from "@/lib/validation/diklat";
import { countEnrolments, enrolmentOf, fixtureAttended, fixtureReceipt, nibOf, sellerOf, witaLocalIn } from "./diklat-helpers";
import { expectAppError, viewerOf } from "./procurement-helpers";
import { fixtureBusiness, fixtureCategory, fixtureCertificate, fixtureOrder, fixtureProduct, regionIdByName } from "./readiness-helpers";

// Diklat on the real database: the gate refuses with plain reasons and offers the program that fits; seats hold;
// attendance, SIDT files (all or nothing) and the repeat/never-served flags; and outcomes whose figures the test
// works out by hand from the fixture orders and BASTs below.

const NOW = new Date();
let admin: Viewer;
let sumbawa: string;
let dompu: string;

const program = (overrides: Partial<SaveProgramInput> & Pick<SaveProgramInput, "kabupatenId">): SaveProgramInput => ({
  title: "Program uji", module: "Materi uji", organizerName: "Dinas Koperasi dan UKM NTB", startsAt: witaLocalIn(NOW, 5), endsAt: witaLocalIn(NOW, 6), seats: 10,
  prerequisites: { requiresVerified: false, mustNotHave: [] }, targetProfile: { anyOfGaps: ["FOOD_PERMIT_MISSING"] }, ...overrides,
});

beforeAll(async () => {
  await seedDemoData(db, { now: NOW });
  admin = await viewerOf(db, "admin@pasarumk.test");
  [sumbawa, dompu] = await Promise.all([regionIdByName(db, "Sumbawa"), regionIdByName(db, "Dompu")]);
});

describe("gated enrolment", () => {
  it("refuses a food UMK without PIRT the halal class, in plain words, offers the PIRT clinic, and enrols it there", async () => {
    const food = await fixtureCategory(db, { isFood: true });
    const businessId = await fixtureBusiness(db, { kabupatenId: sumbawa, kbli: "10792" });
    await fixtureProduct(db, { businessId, categoryId: food.id, kabupatenId: sumbawa });
    const seller = await sellerOf(db, businessId);
    const halal = await createProgram(admin, program({
      kabupatenId: sumbawa, title: "Halal self-declare uji", startsAt: witaLocalIn(NOW, 9), endsAt: witaLocalIn(NOW, 9.2),
      prerequisites: { requiresVerified: true, mustNotHave: [], requiresCertificates: ["pirt"] }, targetProfile: { anyOfGaps: [], foodKbliOnly: true, lacksCertificates: ["halal"] },
    }));
    const clinic = await createProgram(admin, program({ kabupatenId: sumbawa, title: "Klinik PIRT uji" }));

    const error = await expectAppError(requestEnrolment(seller, halal.id, {}, NOW), "unprocessable", {
      reason: "program_does_not_fit", alternativeProgramId: clinic.id, reasons: [{ code: "MISSING_CERT:pirt" }],
    });
    const details = error.details as { reasons: Array<{ message: { id: string } }> };
    expect(details.reasons[0]!.message.id).toBe("Usaha Anda perlu memiliki izin PIRT yang masih berlaku.");
    expect((error as unknown as { localized: { id: string } }).localized.id).not.toMatch(/[A-Z]{3,}_|MISSING_CERT/);
    expect(await enrolmentOf(db, halal.id, businessId)).toMatchObject({ status: "refused_with_alternative", refusal_reasons: ["MISSING_CERT:pirt"], alternative_program_id: clinic.id });

    expect(await requestEnrolment(seller, clinic.id, {}, NOW)).toEqual({ programId: clinic.id, businessId, status: "enrolled" });
    const enrolled = await enrolmentOf(db, clinic.id, businessId);
    expect(enrolled!.status).toBe("enrolled");
    expect(enrolled!.gaps).toContain("FOOD_PERMIT_MISSING");
    await expectAppError(requestEnrolment(seller, clinic.id, {}, NOW), "conflict", { reason: "already_enrolled" });

    // With a valid PIRT (verified with the business) the same UMK now fits the halal class.
    await fixtureCertificate(db, businessId, "pirt", "2031-01-01");
    expect((await requestEnrolment(seller, halal.id, {}, NOW)).status).toBe("enrolled");
  });

  it("gives the last seat once and refuses the next UMK with NO_SEATS", async () => {
    const small = await createProgram(admin, program({ kabupatenId: sumbawa, title: "Satu kursi", seats: 1 }));
    const [a, b] = [await fixtureBusiness(db, { kabupatenId: sumbawa, kbli: "10792" }), await fixtureBusiness(db, { kabupatenId: sumbawa, kbli: "10792" })];
    const [sa, sb] = [await sellerOf(db, a), await sellerOf(db, b)];
    const results = await Promise.allSettled([requestEnrolment(sa, small.id, {}, NOW), requestEnrolment(sb, small.id, {}, NOW)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect((refused.reason as { details: { reasons: Array<{ code: string }> } }).details.reasons.map((r) => r.code)).toContain("NO_SEATS");
  });

  it("answers 403 to a buyer and to another business's seller", async () => {
    const p = await createProgram(admin, program({ kabupatenId: sumbawa }));
    await expectAppError(requestEnrolment(await viewerOf(db, "pembeli@pasarumk.test"), p.id, {}, NOW), "forbidden");
    const other = await fixtureBusiness(db, { kabupatenId: sumbawa, kbli: "10792" });
    const mine = await sellerOf(db, await fixtureBusiness(db, { kabupatenId: sumbawa, kbli: "10792" }));
    await expectAppError(requestEnrolment(mine, p.id, { businessId: other }, NOW), "forbidden");
  });
});

describe("attendance, SIDT and flags", () => {
  it("imports SIDT files all or nothing, records attendance and flags the repeat attendee with no change and the never served", async () => {
    const repeat = await fixtureBusiness(db, { kabupatenId: sumbawa, kbli: "10792" });
    const untouched = await fixtureBusiness(db, { kabupatenId: sumbawa, kbli: "10792" });
    const untouchedSeller = await sellerOf(db, untouched);
    const first = await createProgram(admin, program({ kabupatenId: sumbawa, title: "Pertama", startsAt: witaLocalIn(NOW, -40), endsAt: witaLocalIn(NOW, -39) }));
    const second = await createProgram(admin, program({ kabupatenId: sumbawa, title: "Kedua", startsAt: witaLocalIn(NOW, -1), endsAt: witaLocalIn(NOW, 1) }));
    const future = await createProgram(admin, program({ kabupatenId: sumbawa, title: "Nanti" }));
    const nib = await nibOf(db, repeat);

    const bad = `NIB,NAMA_USAHA,KODE_PROGRAM,STATUS,TANGGAL\r\n${nib},UD Uji,${first.id},hadir,2026-01-05\r\n123,UD Salah,${first.id},hadir,2026-01-05\r\n9999999999999,UD Hilang,${first.id},terdaftar,2026-01-05\r\n`;
    const refusal = await expectAppError(importProgramSidt(admin, first.id, async () => bad, NOW), "unprocessable", { reason: "sidt_file_invalid" });
    expect((refusal.details as { lines: Array<{ line: number; code: string }> }).lines.map((l) => [l.line, l.code])).toEqual([[3, "BAD_NIB"], [4, "UNKNOWN_NIB"]]);
    expect(await countEnrolments(db, first.id)).toBe(0);

    const good = `NIB,NAMA_USAHA,KODE_PROGRAM,STATUS,TANGGAL\r\n${nib},UD Uji,${first.id},hadir,2026-01-05\r\n`;
    expect(await importProgramSidt(admin, first.id, async () => good, NOW)).toEqual({ imported: 1, registered: 0, attended: 1 });
    const exported = await exportProgramSidt(admin, first.id);
    expect(exported.csv).toContain(`${nib},UD`);
    expect(exported.csv).toContain(`,${first.id},hadir,2026-01-05`);

    const sent = await sendInvitations(admin, second.id, NOW);
    expect(sent.invited).toBeGreaterThanOrEqual(2);
    const notices = (await db.execute(sql`
      SELECT n.link FROM notifications n WHERE n.user_id = ${untouchedSeller.userId} AND n.kind = 'diklat.invited'`)) as unknown as Array<{ link: string }>;
    expect(notices).toEqual([{ link: `/diklat/${second.id}` }]);
    expect(await enrolmentOf(db, second.id, untouched)).toMatchObject({ status: "invited" });
    await expectAppError(recordAttendance(admin, future.id, { businessIds: [repeat] }, NOW), "conflict", { reason: "program_not_started" });
    expect(await recordAttendance(admin, second.id, { businessIds: [repeat, "00000000-0000-4000-8000-000000000000"] }, NOW)).toEqual({
      recorded: [repeat], skipped: ["00000000-0000-4000-8000-000000000000"],
    });

    const page = await getProgramManagement(admin, second.id, NOW);
    expect(page.participants.find((p) => p.businessId === repeat)).toMatchObject({ status: "attended", repeatWithoutChange: true });
    expect(page.invitations.map((i) => i.businessId)).toEqual(expect.arrayContaining([repeat, untouched]));
    expect(page.neverServed.map((n) => n.businessId)).toContain(untouched);
    expect(page.neverServed.map((n) => n.businessId)).not.toContain(repeat);
    await expectAppError(getProgramManagement(await viewerOf(db, "auditor@pasarumk.test"), second.id, NOW), "forbidden");
  });
});

describe("outcomes", () => {
  it("compares participants with similar non-participants at 90 and 180 days, figures worked out from the fixtures", async () => {
    const craft = await fixtureCategory(db, { isFood: false });
    const end = new Date(NOW.getTime() - 200 * DAY_MS);
    const start = new Date(end.getTime() - 6 * 3_600_000);
    const iso = (at: Date) => new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 16);
    const past = await createProgram(admin, program({ kabupatenId: dompu, title: "Kemasan lampau", startsAt: iso(start), endsAt: iso(end), targetProfile: { anyOfGaps: ["NO_RECENT_ORDER"] } }));
    const umk = async (scale: "mikro" | "kecil" = "mikro") => {
      const id = await fixtureBusiness(db, { kabupatenId: dompu, kbli: "13921", scale });
      return { id, product: await fixtureProduct(db, { businessId: id, categoryId: craft.id, kabupatenId: dompu, leadTimeDays: 2 }) };
    };
    const after = (days: number) => new Date(end.getTime() + days * DAY_MS);
    /** A delivery placed on `placed` and received (BAST) on `received`, days after the program's end (negative: before its start). */
    const sale = async (b: { id: string; product: string }, placed: number, received: number, valueIdr: number) => {
      const orderId = await fixtureOrder(db, { businessId: b.id, productId: b.product, placedAt: after(placed), receivedAt: after(received) });
      await fixtureReceipt(db, orderId, after(received), valueIdr);
    };
    const [p1, p2, c1, c2, c3] = [await umk(), await umk(), await umk(), await umk(), await umk("kecil")];
    await fixtureAttended(db, past.id, p1.id, start);
    await fixtureAttended(db, past.id, p2.id, start);
    // Prior sales (before the start): p1 1.0 jt, p2 1.5 jt, c1 0.8 jt (similar), c2 10 jt (not similar), c3 1.0 jt (other scale).
    await sale(p1, -32, -30, 1_000_000);
    await sale(p2, -22, -20, 1_500_000);
    await sale(c1, -42, -40, 800_000);
    await sale(c2, -32, -30, 10_000_000);
    await sale(c3, -32, -30, 1_000_000);
    // After: p1 3 jt on time (2 days < lead time 2 + 1) at day 10, and 1 jt late at day 100; c1 0.5 jt on time at day 30; c2 9 jt.
    await sale(p1, 8, 10, 3_000_000);
    await sale(p1, 90, 100, 1_000_000);
    await sale(c1, 29, 30, 500_000);
    await sale(c2, 29, 30, 9_000_000);
    // p1 gains a certificate 20 days after the program.
    await fixtureCertificate(db, p1.id, "sni", null);
    await db.execute(sql`UPDATE business_certifications SET created_at = ${after(20).toISOString()} WHERE business_id = ${p1.id}`);

    const outcomes = await getProgramOutcomes(admin, past.id, NOW);
    const [d90, d180] = outcomes.horizons;
    expect(d90).toMatchObject({
      days: 90, complete: true,
      participants: { count: 2, meanSalesIdr: 1_500_000, meanCertificatesGained: 0.5, onTimeShare: 1 },
      comparison: { count: 1, meanSalesIdr: 500_000, meanCertificatesGained: 0, onTimeShare: 1 },
    });
    expect(d180).toMatchObject({
      days: 180, complete: true,
      participants: { count: 2, meanSalesIdr: 2_000_000, meanCertificatesGained: 0.5, onTimeShare: 0.5 },
      comparison: { count: 1, meanSalesIdr: 500_000, onTimeShare: 1 },
    });

    const upcoming = await createProgram(admin, program({ kabupatenId: dompu }));
    expect((await getProgramOutcomes(admin, upcoming.id, NOW)).horizons.every((h) => !h.complete && h.participants === null)).toBe(true);
    expect((await getProgramOutcomes(await viewerOf(db, "auditor@pasarumk.test"), past.id, NOW)).horizons).toHaveLength(2);
    await expectAppError(getProgramOutcomes(await viewerOf(db, "penjual@pasarumk.test"), past.id, NOW), "forbidden");
  });
});
