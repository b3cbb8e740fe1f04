import { platformClock } from "@/lib/domain/payments/clock";

const at = (iso: string) => new Date(iso);
// 12:00 WITA on 20 November 2026.
const now = at("2026-11-20T04:00:00Z");

describe("the platform's clock (card paid → disbursed)", () => {
  it("is empty without card payments", () => {
    expect(platformClock([], now)).toEqual({ disbursedCount: 0, medianDays: null, p90Days: null, waitingCount: 0, oldestWaitDays: null });
  });

  it("counts WITA calendar days: median of an even count is the mean of the middle two, p90 by nearest rank", () => {
    const figures = platformClock(
      [
        // 22:00 WITA on 1 March → 01:00 WITA on 2 March: one calendar day.
        { paidAt: at("2026-03-01T14:00:00Z"), disbursedAt: at("2026-03-01T17:00:00Z") },
        { paidAt: at("2026-03-02T00:00:00Z"), disbursedAt: at("2026-03-05T00:00:00Z") },
        // 09:00 → 23:00 WITA the same day: zero days.
        { paidAt: at("2026-04-01T01:00:00Z"), disbursedAt: at("2026-04-01T15:00:00Z") },
        { paidAt: at("2026-05-01T00:00:00Z"), disbursedAt: at("2026-05-11T00:00:00Z") },
        // Waiting: 23:59 WITA on 18 November (2 days by now) and 00:00 WITA on 17 November (3 days).
        { paidAt: at("2026-11-18T15:59:00Z"), disbursedAt: null },
        { paidAt: at("2026-11-16T16:00:00Z"), disbursedAt: null },
      ],
      now,
    );
    expect(figures).toEqual({ disbursedCount: 4, medianDays: 2, p90Days: 10, waitingCount: 2, oldestWaitDays: 3 });
  });

  it("odd counts: the middle value; a payment paid today waits 0 days", () => {
    const figures = platformClock(
      [
        { paidAt: at("2026-06-01T00:00:00Z"), disbursedAt: at("2026-06-08T00:00:00Z") },
        { paidAt: at("2026-06-01T00:00:00Z"), disbursedAt: at("2026-06-02T00:00:00Z") },
        { paidAt: at("2026-06-01T00:00:00Z"), disbursedAt: at("2026-06-04T00:00:00Z") },
        { paidAt: at("2026-11-20T01:00:00Z"), disbursedAt: null },
      ],
      now,
    );
    expect(figures).toEqual({ disbursedCount: 3, medianDays: 3, p90Days: 7, waitingCount: 1, oldestWaitDays: 0 });
  });
});
