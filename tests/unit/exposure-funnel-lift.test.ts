import { ExposureTally } from "@/lib/domain/exposure/exposure-tally";
import { funnelSteps, impressionShares, windowStart } from "@/lib/domain/exposure/funnel";
import { liftRatio, showcaseLift } from "@/lib/domain/exposure/showcase-lift";
import { nextRotationAt, spotlightMembers } from "@/lib/domain/exposure/showcase-rotation";

const DAY = 24 * 60 * 60 * 1000;

describe("exposure tally", () => {
  it("adds up per business and day, hands the rows over once, and takes failed rows back", () => {
    const t = new ExposureTally();
    t.add("impressions", ["a", "a", "b"], "2026-06-01");
    t.add("cartAdds", ["a"], "2026-06-01");
    t.add("impressions", ["a"], "2026-06-02");
    expect(t.size).toBe(3);
    const rows = t.take();
    expect(rows).toContainEqual({ businessId: "a", day: "2026-06-01", impressions: 2, productViews: 0, cartAdds: 1 });
    expect(t.size).toBe(0);
    t.add("impressions", ["a"], "2026-06-01");
    t.restore(rows);
    expect(t.take()).toContainEqual({ businessId: "a", day: "2026-06-01", impressions: 3, productViews: 0, cartAdds: 1 });
  });
});

describe("funnel and shares", () => {
  it("gives each stage its rate from the stage before", () => {
    const steps = funnelSteps({ impressions: 200, productViews: 20, cartAdds: 5, orders: 0 });
    expect(steps.map((s) => s.rateFromPrevious)).toEqual([null, 0.1, 0.25, 0]);
    expect(funnelSteps({ impressions: 0, productViews: 2, cartAdds: 0, orders: 0 })[1]!.rateFromPrevious).toBeNull();
  });

  it("shares sum to one and keep zero groups listed", () => {
    const s = impressionShares([{ name: "Bima", impressions: 30 }, { name: "Dompu", impressions: 10 }], ["Kota Mataram"]);
    expect(s.map((r) => [r.name, r.share])).toEqual([["Bima", 0.75], ["Dompu", 0.25], ["Kota Mataram", 0]]);
    expect(impressionShares([], ["Bima"])).toEqual([{ name: "Bima", impressions: 0, share: 0 }]);
  });

  it("counts window starts in days", () => {
    expect(windowStart("2026-03-01", 30)).toBe("2026-01-31");
    expect(windowStart("2026-03-01", 1)).toBe("2026-03-01");
  });
});

describe("showcase lift", () => {
  const featured = new Date("2026-06-01T00:00:00Z");
  const at = (days: number) => new Date(featured.getTime() + days * DAY);

  it("counts orders and first-time OPD buyers before and after featuring", () => {
    const orders = [
      { placedAt: at(-40), opdId: "old" },
      { placedAt: at(-10), opdId: "old" },
      { placedAt: at(-5), opdId: "x" },
      { placedAt: at(1), opdId: "old" },
      { placedAt: at(2), opdId: "new1" },
      { placedAt: at(3), opdId: "new1" },
      { placedAt: at(20), opdId: "new2" },
      { placedAt: at(31), opdId: "late" },
    ];
    const lift = showcaseLift(featured, orders, at(40));
    expect(lift.before30).toEqual({ days: 30, orders: 2, newOpdBuyers: 1, complete: true });
    expect(lift.after14).toEqual({ days: 14, orders: 3, newOpdBuyers: 1, complete: true });
    expect(lift.after30).toEqual({ days: 30, orders: 4, newOpdBuyers: 2, complete: true });
    expect(liftRatio(lift.after30, lift.before30)).toBe(2);
  });

  it("marks windows that have not ended and has no ratio without a before", () => {
    const lift = showcaseLift(featured, [{ placedAt: at(1), opdId: "a" }], at(10));
    expect(lift.after14.complete).toBe(false);
    expect(lift.before30.complete).toBe(true);
    expect(liftRatio(lift.after14, lift.before30)).toBeNull();
  });

  it("the featuring instant belongs to the after window", () => {
    const lift = showcaseLift(featured, [{ placedAt: featured, opdId: "a" }], at(60));
    expect([lift.before30.orders, lift.after14.orders]).toEqual([0, 1]);
  });
});

describe("showcase rotation", () => {
  const members = ["a", "b", "c", "d", "e"];
  const publishedAt = new Date("2026-06-01T00:00:00Z");
  it("moves the spotlight every rotation period and wraps around", () => {
    const at = (days: number) => spotlightMembers(members, { rotationDays: 7, spotlightSize: 2, publishedAt, now: new Date(publishedAt.getTime() + days * DAY) });
    expect(at(0)).toEqual(["a", "b"]);
    expect(at(6.9)).toEqual(["a", "b"]);
    expect(at(7)).toEqual(["c", "d"]);
    expect(at(14)).toEqual(["e", "a"]);
    expect(spotlightMembers(["a"], { rotationDays: 7, spotlightSize: 2, publishedAt, now: publishedAt })).toEqual(["a"]);
  });
  it("says when it moves next", () => {
    expect(nextRotationAt({ rotationDays: 7, publishedAt, now: new Date(publishedAt.getTime() + 8 * DAY) })).toEqual(new Date(publishedAt.getTime() + 14 * DAY));
  });
});
