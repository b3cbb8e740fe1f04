import { comparisonGroup, groupFigures, type UmkOutcome } from "@/lib/domain/readiness/outcomes";

const base = { kabupatenId: "k1", categoryId: "food", scale: "mikro", certificatesGained: 0, deliveries: 0, onTimeDeliveries: 0 };
const u = (businessId: string, over: Partial<UmkOutcome>): UmkOutcome => ({ ...base, businessId, priorSalesIdr: 1_000_000, salesIdr: 0, ...over });

describe("program outcomes", () => {
  const participants = [u("p1", { salesIdr: 3_000_000, certificatesGained: 1, deliveries: 4, onTimeDeliveries: 3 }), u("p2", { salesIdr: 1_000_000, deliveries: 2, onTimeDeliveries: 2 })];
  const others = [
    u("c1", { priorSalesIdr: 1_900_000, salesIdr: 500_000, deliveries: 2, onTimeDeliveries: 1 }),
    u("c2", { priorSalesIdr: 2_100_000 }), // more than double: not similar
    u("c3", { kabupatenId: "k2" }),
    u("c4", { scale: "kecil" }),
    u("c5", { categoryId: "craft" }),
    u("p1", {}), // a participant is never its own comparison
  ];

  it("compares with same kabupaten, category, scale and similar prior sales only", () => {
    expect(comparisonGroup(participants, others).map((o) => o.businessId)).toEqual(["c1"]);
  });

  it("computes the group figures", () => {
    expect(groupFigures(participants)).toEqual({ count: 2, meanSalesIdr: 2_000_000, meanCertificatesGained: 0.5, onTimeShare: 5 / 6 });
    expect(groupFigures([])).toEqual({ count: 0, meanSalesIdr: 0, meanCertificatesGained: 0, onTimeShare: null });
  });
});
