import { witaDayToInstant } from "@/lib/domain/time/wita";
import { rupiahForInput, rupiahFromInput } from "@/lib/validation/form-input";

const at = (iso: string) => new Date(iso);

describe("witaDayToInstant: a date typed as a WITA calendar day", () => {
  // 12:00 WITA on 20 November 2026.
  const noon = at("2026-11-20T04:00:00Z");

  it("today means now, so the clock stops at the moment it is recorded", () => {
    expect(witaDayToInstant("2026-11-20", noon)).toEqual(noon);
  });

  it("an earlier day means its last second in WITA (23:59:59 = 15:59:59 UTC)", () => {
    expect(witaDayToInstant("2026-11-19", noon)).toEqual(at("2026-11-19T15:59:59Z"));
    expect(witaDayToInstant(" 2026-01-01 ", noon)).toEqual(at("2026-01-01T15:59:59Z"));
  });

  it("is never before a BAST signed late on that same WITA day", () => {
    const bastAt = at("2026-11-19T15:00:00Z"); // 23:00 WITA on the 19th
    expect((witaDayToInstant("2026-11-19", noon) as Date).getTime()).toBeGreaterThan(bastAt.getTime());
  });

  it("'today' follows the WITA calendar, not UTC: at 00:30 WITA on the 21st the 21st is today", () => {
    const justAfterMidnight = at("2026-11-20T16:30:00Z");
    expect(witaDayToInstant("2026-11-21", justAfterMidnight)).toEqual(justAfterMidnight);
    expect(witaDayToInstant("2026-11-20", justAfterMidnight)).toEqual(at("2026-11-20T15:59:59Z"));
  });

  it("returns anything that is not a calendar day as typed, for the schema to refuse", () => {
    for (const typed of ["", "19/11/2026", "2026-11-5", "2026-13-01", "2026-02-30", "2026-11-20T10:00", "besok"]) {
      expect(witaDayToInstant(typed, noon)).toBe(typed);
    }
  });
});

describe("rupiah inputs", () => {
  it("reads whole rupiah with or without the currency sign and Indonesian thousands dots", () => {
    expect(rupiahFromInput("Rp 1.500.000")).toBe(1_500_000);
    expect(rupiahFromInput("rp1.500.000")).toBe(1_500_000);
    expect(rupiahFromInput("1.500.000")).toBe(1_500_000);
    expect(rupiahFromInput("1500000")).toBe(1_500_000);
    expect(rupiahFromInput(" 1 500 000 ")).toBe(1_500_000);
    expect(rupiahFromInput("0")).toBe(0);
  });

  it("returns anything else as typed (decimals, signs, words, empty)", () => {
    for (const typed of ["", "Rp", "1,5", "1.500,50", "-5", "12abc", "satu juta", "$100"]) {
      expect(rupiahFromInput(typed)).toBe(typed);
    }
  });

  it("shows amounts with thousands dots and no currency sign, and reads them back", () => {
    expect(rupiahForInput(1_500_000)).toBe("1.500.000");
    expect(rupiahForInput(950)).toBe("950");
    expect(rupiahFromInput(rupiahForInput(123_456_789))).toBe(123_456_789);
  });
});
