import { certificationNeedsExpiry, isCertificationValid } from "@/lib/domain/business/certification";
import { explainScale, resumeStep, stepAt } from "@/lib/domain/business/onboarding";
import { isBusinessPublic, isRecheckDue, nextVerificationStatus, recheckDueAt, type VerificationDecision, type VerificationStatus } from "@/lib/domain/business/verification";

const STATUSES: VerificationStatus[] = ["pending", "verified", "rejected", "suspended"];
const ALLOWED: Record<VerificationDecision, Partial<Record<VerificationStatus, VerificationStatus>>> = {
  verify: { pending: "verified" },
  reject: { pending: "rejected" },
  suspend: { verified: "suspended" },
  reinstate: { suspended: "verified" },
};

describe("verification state machine", () => {
  for (const decision of Object.keys(ALLOWED) as VerificationDecision[]) {
    for (const from of STATUSES) {
      const to = ALLOWED[decision][from];
      it(`${decision} from ${from} → ${to ?? "refused"}`, () => {
        const result = nextVerificationStatus(from, decision, "alasan yang jelas");
        expect(result).toEqual(to ? { ok: true, to } : { ok: false, reason: "not_allowed" });
      });
    }
  }

  it.each(["reject", "suspend"] as const)("%s needs a non-blank reason", (decision) => {
    const from = decision === "reject" ? "pending" : "verified";
    expect(nextVerificationStatus(from, decision, "   ")).toEqual({ ok: false, reason: "reason_required" });
    expect(nextVerificationStatus(from, decision, null)).toEqual({ ok: false, reason: "reason_required" });
  });

  it.each(["verify", "reinstate"] as const)("%s needs no reason", (decision) => {
    expect(nextVerificationStatus(decision === "verify" ? "pending" : "suspended", decision)).toEqual({ ok: true, to: "verified" });
  });

  it("only verified businesses are public", () => {
    expect(STATUSES.filter(isBusinessPublic)).toEqual(["verified"]);
  });
});

describe("re-check due date", () => {
  it("is one year after verification", () => {
    expect(recheckDueAt(new Date("2026-03-15T02:00:00Z")).toISOString()).toBe("2027-03-15T02:00:00.000Z");
  });
  it("29 February falls back to 28 February, not 1 March", () => {
    expect(recheckDueAt(new Date("2028-02-29T10:00:00Z")).toISOString()).toBe("2029-02-28T10:00:00.000Z");
  });
  it("is due from the due moment on (inclusive), never without a date", () => {
    const due = new Date("2027-01-01T00:00:00Z");
    expect(isRecheckDue(due, new Date("2026-12-31T23:59:59.999Z"))).toBe(false);
    expect(isRecheckDue(due, due)).toBe(true);
    expect(isRecheckDue(null, due)).toBe(false);
  });
});

describe("certifications", () => {
  it("PIRT needs an expiry, the others do not", () => {
    expect(certificationNeedsExpiry("pirt")).toBe(true);
    expect(certificationNeedsExpiry("halal")).toBe(false);
  });
  it("is valid through its expiry day", () => {
    expect(isCertificationValid({ expiresOn: "2026-11-27" }, "2026-11-27")).toBe(true);
    expect(isCertificationValid({ expiresOn: "2026-11-26" }, "2026-11-27")).toBe(false);
    expect(isCertificationValid({ expiresOn: null }, "2099-01-01")).toBe(true);
  });
});

describe("onboarding", () => {
  it("explains the scale with the deciding criterion", () => {
    expect(explainScale(1_000_000_000, 2_000_000_000)).toMatchObject({ scale: "mikro", decidedBy: "both", key: "both.mikro" });
    expect(explainScale(1_000_000_001, 100)).toMatchObject({ scale: "kecil", decidedBy: "capital", key: "capital.kecil", isUmk: true });
    expect(explainScale(0, 15_000_000_001)).toMatchObject({ scale: "menengah", decidedBy: "turnover", isUmk: false });
  });
  it("resumes at the saved step but never past a missing one", () => {
    expect(resumeStep(3, new Set(["identity", "location"]))).toBe("finance");
    expect(resumeStep(5, new Set(["identity", "certifications"]))).toBe("location");
    expect(resumeStep(1, new Set())).toBe("identity");
    expect(resumeStep(5, new Set(["identity", "location", "finance", "certifications"]))).toBe("review");
  });
  it("clamps step numbers", () => {
    expect(stepAt(0)).toBe("identity");
    expect(stepAt(99)).toBe("review");
  });
});
