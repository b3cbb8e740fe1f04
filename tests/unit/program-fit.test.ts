import { enrolmentDecision, programPrerequisitesSchema, type ProgramForFit } from "@/lib/domain/readiness/program-fit";

const KAB = "lombok-tengah";
const halalAudit: ProgramForFit = {
  id: "halal-audit",
  kabupatenId: KAB,
  prerequisites: programPrerequisitesSchema.parse({ requiresVerified: true, mustNotHave: ["FOOD_PERMIT_MISSING"] }),
  target: { anyOfGaps: ["CERTIFICATE_EXPIRING", "LOW_LISTING_QUALITY"] },
  seatsLeft: 5,
};
const pirtClinic: ProgramForFit = {
  id: "pirt-clinic",
  kabupatenId: KAB,
  prerequisites: programPrerequisitesSchema.parse({}),
  target: { anyOfGaps: ["FOOD_PERMIT_MISSING"] },
  seatsLeft: 3,
};

describe("enrolmentDecision", () => {
  it("refuses a UMK without a food permit the halal audit class, says why and offers the PIRT clinic", () => {
    const umk = { kabupatenId: KAB, gaps: ["FOOD_PERMIT_MISSING", "LOW_LISTING_QUALITY"] as const };
    expect(enrolmentDecision(halalAudit, [halalAudit, pirtClinic], umk)).toEqual({
      fits: false,
      reasons: ["HAS_GAP:FOOD_PERMIT_MISSING"],
      alternativeProgramId: "pirt-clinic",
    });
  });

  it("enrols a UMK that fits", () => {
    expect(enrolmentDecision(halalAudit, [pirtClinic], { kabupatenId: KAB, gaps: ["LOW_LISTING_QUALITY"] })).toEqual({ fits: true });
  });

  it("offers nothing when no program fits, and lists every reason", () => {
    const umk = { kabupatenId: "sumbawa", gaps: ["BUSINESS_NOT_VERIFIED"] as const };
    expect(enrolmentDecision({ ...halalAudit, seatsLeft: 0 }, [pirtClinic], umk)).toEqual({
      fits: false,
      reasons: ["OTHER_KABUPATEN", "NOT_VERIFIED", "NOT_TARGETED", "NO_SEATS"],
      alternativeProgramId: null,
    });
  });

  it("rejects prerequisites naming an unknown gap", () => {
    expect(programPrerequisitesSchema.safeParse({ mustNotHave: ["NOPE"] }).success).toBe(false);
  });
});
