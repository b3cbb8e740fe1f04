import { invitationList, isRepeatWithoutChange, mayRecordAttendance, neverServed, outcomeWindows, programActions, seatsLeft, umkForFit } from "@/lib/domain/readiness/diklat";
import { invitationsCsv, outcomesCsv } from "@/lib/domain/readiness/diklat-csv";
import { describeProgramFit, fitRefusalText } from "@/lib/domain/readiness/fit-reasons";
import { programRefusals, programTargetSchema, type ProgramForFit } from "@/lib/domain/readiness/program-fit";

const KAB = "lombok-tengah";
const halal: ProgramForFit = {
  id: "halal",
  kabupatenId: KAB,
  prerequisites: { requiresVerified: true, mustNotHave: [], requiresCertificates: ["pirt"] },
  target: { anyOfGaps: [], foodKbliOnly: true, lacksCertificates: ["halal"] },
  seatsLeft: 3,
};

describe("program-fit with certificate conditions", () => {
  it("refuses a tenun maker the halal class for being no food business and holding no PIRT", () => {
    expect(programRefusals(halal, { kabupatenId: KAB, gaps: ["PRODUCT_WITHOUT_PHOTO"], isFood: false, validCertificates: [] })).toEqual(["MISSING_CERT:pirt", "NOT_FOOD"]);
  });
  it("refuses a food UMK that already holds halal, and fits one with PIRT and no halal", () => {
    expect(programRefusals(halal, { kabupatenId: KAB, gaps: [], isFood: true, validCertificates: ["pirt", "halal"] })).toEqual(["HAS_CERT:halal"]);
    expect(programRefusals(halal, { kabupatenId: KAB, gaps: [], isFood: true, validCertificates: ["pirt"] })).toEqual([]);
  });
  it("needs a target to name something", () => {
    expect(programTargetSchema.safeParse({ anyOfGaps: [] }).success).toBe(false);
    expect(programTargetSchema.safeParse({ lacksCertificates: ["halal"] }).success).toBe(true);
  });
});

describe("plain words", () => {
  it("never shows a code", () => {
    for (const code of ["OTHER_KABUPATEN", "NOT_VERIFIED", "NOT_TARGETED", "NOT_FOOD", "NO_SEATS", "HAS_GAP:FOOD_PERMIT_MISSING", "MISSING_CERT:pirt", "HAS_CERT:halal"] as const) {
      const text = fitRefusalText(code);
      expect(`${text.id} ${text.en}`).not.toMatch(/[A-Z]{2,}_|[A-Z]+:[a-z]/);
    }
    expect(fitRefusalText("HAS_GAP:FOOD_PERMIT_MISSING").id).toBe("Selesaikan dulu kebutuhan ini: Usaha pangan tanpa PIRT atau sertifikat halal.");
  });
  it("describes whom a program is for", () => {
    expect(describeProgramFit({ prerequisites: halal.prerequisites, target: halal.target }).map((l) => l.id)).toEqual([
      "Untuk usaha makanan dan minuman.",
      "Untuk usaha yang belum memiliki sertifikat halal.",
      "Syarat: usaha sudah terverifikasi.",
      "Syarat: memiliki izin PIRT yang masih berlaku.",
    ]);
  });
});

describe("diklat rules", () => {
  it("counts seats held by enrolled and attended UMKs only", () => {
    expect(seatsLeft(3, ["enrolled", "attended", "invited", "refused_with_alternative"])).toBe(1);
    expect(seatsLeft(1, ["enrolled", "attended"])).toBe(0);
  });
  it("lets the organizer mark enrolled or invited UMKs only", () => {
    expect([mayRecordAttendance("enrolled"), mayRecordAttendance("invited"), mayRecordAttendance("refused_with_alternative"), mayRecordAttendance("attended")]).toEqual([true, true, false, false]);
  });
  it("offers enrolment until the program ends, and not twice", () => {
    const endsAt = new Date("2026-12-10T07:00:00Z");
    const ctx = { canManage: false, canRequestEnrolment: true, enrolmentStatus: null, now: new Date("2026-12-10T06:59:00Z") };
    expect(programActions({ endsAt }, ctx).requestEnrolment).toBe(true);
    expect(programActions({ endsAt }, { ...ctx, enrolmentStatus: "enrolled" }).requestEnrolment).toBe(false);
    expect(programActions({ endsAt }, { ...ctx, enrolmentStatus: "refused_with_alternative" }).requestEnrolment).toBe(true);
    expect(programActions({ endsAt }, { ...ctx, now: new Date("2026-12-10T07:01:00Z") }).requestEnrolment).toBe(false);
    expect(programActions({ endsAt }, ctx).edit).toBe(false);
  });
  it("derives valid verified certificates for the gate", () => {
    const umk = umkForFit({ kabupatenId: KAB, kbli: "10792", gaps: [], profile: { certificates: [
      { kind: "pirt", verified: true, expiresOn: "2027-01-01" }, { kind: "halal", verified: false, expiresOn: null }, { kind: "sni", verified: true, expiresOn: "2026-01-01" },
    ] } }, "2026-12-03");
    expect(umk).toEqual({ kabupatenId: KAB, gaps: [], isFood: true, validCertificates: ["pirt"] });
  });
  it("invites the targeted UMKs of the kabupaten that meet the prerequisites, seats aside", () => {
    const full = { ...halal, seatsLeft: 0 };
    const umks = [
      { businessId: "a", kabupatenId: KAB, gaps: [], isFood: true, validCertificates: ["pirt"] as const },
      { businessId: "b", kabupatenId: "sumbawa", gaps: [], isFood: true, validCertificates: ["pirt"] as const },
      { businessId: "c", kabupatenId: KAB, gaps: [], isFood: true, validCertificates: [] as const },
    ];
    expect(invitationList(full, umks).map((u) => u.businessId)).toEqual(["a"]);
  });
  it("flags a repeat attendee only when it still has every gap it came with", () => {
    const first = { enrolledAt: new Date("2026-01-01"), gapsAtEnrolment: ["PRODUCT_WITHOUT_PHOTO", "NO_RECENT_ORDER"] };
    const second = { enrolledAt: new Date("2026-06-01"), gapsAtEnrolment: ["NO_RECENT_ORDER"] };
    expect(isRepeatWithoutChange([second, first], ["NO_RECENT_ORDER", "PRODUCT_WITHOUT_PHOTO"])).toBe(true);
    expect(isRepeatWithoutChange([second, first], ["NO_RECENT_ORDER"])).toBe(false);
    expect(isRepeatWithoutChange([first], ["NO_RECENT_ORDER", "PRODUCT_WITHOUT_PHOTO"])).toBe(false);
    expect(isRepeatWithoutChange([{ ...first, gapsAtEnrolment: [] }, second], [])).toBe(false);
  });
  it("lists the targeted UMKs no program served", () => {
    expect(neverServed([{ businessId: "a" }, { businessId: "b" }], new Set(["a"]))).toEqual([{ businessId: "b" }]);
  });
  it("measures outcomes only over windows that have fully passed", () => {
    const program = { startsAt: new Date("2026-01-10T01:00:00Z"), endsAt: new Date("2026-01-10T07:00:00Z") };
    const w = outcomeWindows(program, 90, new Date("2026-04-10T06:59:59Z"));
    expect(w.complete).toBe(false);
    expect(w.after.to.toISOString()).toBe("2026-04-10T07:00:00.000Z");
    expect(w.prior.from.toISOString()).toBe("2025-07-14T01:00:00.000Z");
    expect(outcomeWindows(program, 90, new Date("2026-04-10T07:00:00Z")).complete).toBe(true);
  });
});

describe("CSV downloads", () => {
  it("writes the invitation list with gap names and the outcomes with blank figures for an open window", () => {
    const inv = invitationsCsv([{ nib: "1234567890123", name: "UD Uji", kabupaten: "Dompu", gaps: ["PRODUCT_WITHOUT_PHOTO"], statusInProgram: null }]);
    expect(inv).toBe("\uFEFFNIB,NAMA_USAHA,KABUPATEN,KEBUTUHAN,STATUS_DI_PROGRAM\r\n1234567890123,UD Uji,Dompu,Produk tanpa foto,\r\n");
    const out = outcomesCsv([
      { days: 90, complete: true, group: "peserta", figures: { count: 2, meanSalesIdr: 1_500_000, meanCertificatesGained: 0.5, onTimeShare: 1 } },
      { days: 180, complete: false, group: "pembanding", figures: null },
    ]);
    expect(out.split("\r\n").slice(1, 3)).toEqual(["90,peserta,ya,2,1500000,0.5,1", "180,pembanding,belum,,,,"]);
  });
});
