import { maskPhone, normalizeIndonesianMobile } from "@/lib/domain/notifications/phone-number";
import {
  formatPhoneCode,
  hashPhoneCode,
  phoneCodeExpiry,
  phoneCodeMatches,
  phoneCodeMessage,
  phoneCodeProblem,
  phoneCodeSendDecision,
  PHONE_CODE_RULES,
} from "@/lib/domain/notifications/phone-verification";
import { requestPhoneCodeSchema } from "@/lib/validation/notifications";

const NOW = new Date("2026-12-03T02:00:00Z");
const minutes = (n: number) => new Date(NOW.getTime() + n * 60_000);

describe("normalizeIndonesianMobile", () => {
  it.each([
    ["081234567890", "+6281234567890"],
    ["6281234567890", "+6281234567890"],
    ["+6281234567890", "+6281234567890"],
    ["+62 812-3456-7890", "+6281234567890"],
    ["0812.3456.7890", "+6281234567890"],
    ["(0812) 3456 7890", "+6281234567890"],
    [" 0812345678 ", "+62812345678"],
    ["0878123456789", "+62878123456789"],
  ])("%s → %s", (input, expected) => expect(normalizeIndonesianMobile(input)).toBe(expected));

  it.each(["", "0212345678", "+6221234567", "08123", "08123456789012", "+6581234567", "0812abc45678", "62+81234567890", "++6281234567890"])(
    "refuses %p",
    (input) => expect(normalizeIndonesianMobile(input)).toBeNull(),
  );

  it("is what the API schema stores, and masks for display", () => {
    expect(requestPhoneCodeSchema.parse({ phone: "0812 3456 7890" })).toEqual({ phone: "+6281234567890" });
    expect(requestPhoneCodeSchema.safeParse({ phone: "021 555 1234" }).success).toBe(false);
    expect(maskPhone("+6281234567890")).toBe("+62 812 •••• 7890");
  });
});

describe("verification codes", () => {
  it("are six digits, zero-padded", () => {
    expect(formatPhoneCode(42)).toBe("000042");
    expect(formatPhoneCode(999_999)).toBe("999999");
    expect(formatPhoneCode(1_000_007)).toBe("000007");
  });

  it("are stored as an HMAC bound to secret, person and number", () => {
    const hash = hashPhoneCode("secret-1", "user-a", "+6281234567890", "123456");
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain("123456");
    expect(phoneCodeMatches(hash, hashPhoneCode("secret-1", "user-a", "+6281234567890", "123456"))).toBe(true);
    expect(phoneCodeMatches(hash, hashPhoneCode("secret-1", "user-a", "+6281234567890", "123457"))).toBe(false);
    expect(phoneCodeMatches(hash, hashPhoneCode("secret-2", "user-a", "+6281234567890", "123456"))).toBe(false);
    expect(phoneCodeMatches(hash, hashPhoneCode("secret-1", "user-b", "+6281234567890", "123456"))).toBe(false);
    expect(phoneCodeMatches(hash, hashPhoneCode("secret-1", "user-a", "+6281234567891", "123456"))).toBe(false);
  });

  it("expire after 10 minutes", () => {
    expect(phoneCodeExpiry(NOW)).toEqual(minutes(10));
    const row = { expiresAt: phoneCodeExpiry(NOW), usedAt: null, attempts: 0 };
    expect(phoneCodeProblem(row, true, minutes(9.99))).toBeNull();
    expect(phoneCodeProblem(row, true, minutes(10))).toBe("expired");
  });

  it("are single use, die after 5 tries, and say why they fail in a fixed order", () => {
    const fresh = { expiresAt: minutes(10), usedAt: null, attempts: 0 };
    expect(phoneCodeProblem(null, false, NOW)).toBe("missing");
    expect(phoneCodeProblem(fresh, false, NOW)).toBe("wrong");
    expect(phoneCodeProblem({ ...fresh, usedAt: NOW }, true, NOW)).toBe("used");
    expect(phoneCodeProblem({ ...fresh, usedAt: NOW }, true, minutes(11))).toBe("used");
    expect(phoneCodeProblem({ ...fresh, attempts: PHONE_CODE_RULES.maxAttempts - 1 }, true, NOW)).toBeNull();
    expect(phoneCodeProblem({ ...fresh, attempts: PHONE_CODE_RULES.maxAttempts }, true, NOW)).toBe("too_many_attempts");
  });

  it("are sent at most 3 times an hour, and say when the next may go", () => {
    expect(phoneCodeSendDecision([], NOW)).toEqual({ allowed: true });
    expect(phoneCodeSendDecision([minutes(-50), minutes(-20)], NOW)).toEqual({ allowed: true });
    expect(phoneCodeSendDecision([minutes(-50), minutes(-20), minutes(-1)], NOW)).toEqual({ allowed: false, retryAt: minutes(10) });
    // A send just over an hour ago no longer counts.
    expect(phoneCodeSendDecision([minutes(-61), minutes(-20), minutes(-1)], NOW)).toEqual({ allowed: true });
    expect(phoneCodeSendDecision([minutes(-5), minutes(-40), minutes(-30), minutes(-2)], NOW)).toEqual({ allowed: false, retryAt: minutes(30) });
  });

  it("arrive in the person's language and never without the warning", () => {
    expect(phoneCodeMessage("123456", "id")).toContain("123456");
    expect(phoneCodeMessage("123456", "id")).toContain("Jangan berikan");
    expect(phoneCodeMessage("123456", "en")).toContain("Never share");
  });
});
