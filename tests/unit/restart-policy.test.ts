import { decideRestart, DEFAULT_RESTART_POLICY, formatDelay, restartDelayMs, type RestartPolicy } from "@/scripts/engines/restart-policy";

const policy: RestartPolicy = { initialMs: 500, maxMs: 4_000, stableAfterMs: 60_000, maxFailures: 5 };

describe("restartDelayMs", () => {
  it("doubles from the initial delay and stops at the cap", () => {
    expect([1, 2, 3, 4, 5, 6].map((n) => restartDelayMs(n, policy))).toEqual([500, 1_000, 2_000, 4_000, 4_000, 4_000]);
  });

  it("never waits less than the initial delay", () => {
    expect(restartDelayMs(0, policy)).toBe(500);
  });

  it("by default starts at half a second and caps at 30 s", () => {
    expect(restartDelayMs(1)).toBe(500);
    expect(restartDelayMs(50)).toBe(30_000);
  });
});

describe("decideRestart", () => {
  it("restarts a first crash after the initial delay", () => {
    expect(decideRestart(0, 1_000, policy)).toEqual({ action: "restart", delayMs: 500, failures: 1 });
  });

  it("backs off further for each failure in a row", () => {
    expect(decideRestart(1, 0, policy)).toEqual({ action: "restart", delayMs: 1_000, failures: 2 });
    expect(decideRestart(3, 10, policy)).toEqual({ action: "restart", delayMs: 4_000, failures: 4 });
  });

  it("starts counting afresh after a run that stayed up long enough", () => {
    expect(decideRestart(4, 60_000, policy)).toEqual({ action: "restart", delayMs: 500, failures: 1 });
    expect(decideRestart(4, 59_999, policy)).toEqual({ action: "restart", delayMs: 4_000, failures: 5 });
  });

  it("gives up after maxFailures failures in a row", () => {
    expect(decideRestart(5, 0, policy)).toEqual({ action: "give_up", failures: 5 });
  });

  it("replays the whole schedule: restarts maxFailures times, then gives up", () => {
    const decisions = [];
    let failures = 0;
    for (;;) {
      const decision = decideRestart(failures, 0, DEFAULT_RESTART_POLICY);
      decisions.push(decision.action === "restart" ? decision.delayMs : "give_up");
      if (decision.action === "give_up") break;
      failures = decision.failures;
    }
    expect(decisions).toEqual([500, 1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, "give_up"]);
  });
});

describe("formatDelay", () => {
  it("says seconds the way a person reads them", () => {
    expect([500, 1_000, 2_500, 30_000].map(formatDelay)).toEqual(["0.5 s", "1 s", "2.5 s", "30 s"]);
  });
});
