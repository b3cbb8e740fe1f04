import { accountNumberIssue, BANK_CODES, bankByCode, hasPayoutAccount, INDONESIAN_BANKS, maskAccount, maskedPayoutAccount, normalizeAccountNumber } from "@/lib/domain/business/bank-account";
import { bankAccountSchema, financeStepSchema, payoutAccountOf, registerBusinessSchema } from "@/lib/validation/business";

describe("the bank list", () => {
  it("names each bank once by its sandi bank, with the regional bank of NTB in it", () => {
    expect(new Set(BANK_CODES).size).toBe(INDONESIAN_BANKS.length);
    expect(bankByCode("128")?.name).toBe("Bank NTB Syariah");
    expect(bankByCode("002")?.name).toBe("BRI");
    expect(bankByCode("999")).toBeNull();
  });
});

describe("account numbers", () => {
  it("drops the separators people copy from a passbook", () => {
    expect(normalizeAccountNumber("0123-01-000456-50-1")).toBe("012301000456501");
    expect(normalizeAccountNumber(" 0123 0100 0456 501 ")).toBe("012301000456501");
  });

  it.each([
    ["002", "012301000456501", null], // BRI: 15
    ["002", "01230100045650", "length"],
    ["009", "0123456789", null], // BNI: 10
    ["009", "01234567890", "length"],
    ["022", "1234567890123", null], // CIMB Niaga: 13 or 14
    ["022", "12345678901234", null],
    ["129", "123456", null], // no fixed length: 6–20
    ["129", "12345", "length"],
    ["129", "123456789012345678901", "length"],
    ["008", "12345678901a3", "not_digits"],
  ] as const)("bank %s, %s → %p", (bank, number, issue) => {
    expect(accountNumberIssue(bank, number)).toBe(issue);
  });

  it("masks all but the last four digits", () => {
    expect(maskAccount("012301000456501")).toBe("•••• 6501");
    expect(maskedPayoutAccount({ bankName: "BRI", accountNumber: "012301000456501", accountName: "Inaq Sumiati" })).toBe("BRI •••• 6501");
    expect(maskedPayoutAccount({ bankName: "BRI", accountNumber: null, accountName: null })).toBeNull();
    expect(hasPayoutAccount({ bankName: "BRI", accountNumber: "012301000456501", accountName: null })).toBe(false);
  });
});

describe("bankAccountSchema", () => {
  it("accepts a whole account, normalizing the number", () => {
    expect(bankAccountSchema.parse({ payoutBankCode: "009", payoutAccountNumber: "01-2345-6789", payoutAccountName: "  Tenun Sumiati " })).toEqual({
      payoutBankCode: "009", payoutAccountNumber: "0123456789", payoutAccountName: "Tenun Sumiati",
    });
  });

  it("names the field and the reason of each refusal", () => {
    const messages = (input: unknown) => bankAccountSchema.safeParse(input).error?.issues.map((i) => [i.path.join("."), i.message]);
    expect(messages({ payoutBankCode: "999", payoutAccountNumber: "0123456789", payoutAccountName: "Ina" })).toEqual([["payoutBankCode", "bank"]]);
    expect(messages({ payoutBankCode: "009", payoutAccountNumber: "012345678", payoutAccountName: "Ina" })).toEqual([["payoutAccountNumber", "account_number_length"]]);
    expect(messages({ payoutBankCode: "009", payoutAccountNumber: "01234x6789", payoutAccountName: "Ina" })).toEqual([["payoutAccountNumber", "account_number"]]);
    expect(messages({ payoutBankCode: "009", payoutAccountNumber: "0123456789", payoutAccountName: "I" })).toEqual([["payoutAccountName", "account_holder"]]);
  });
});

describe("the payout account at registration", () => {
  const finance = { capitalIdr: "25.000.000", annualTurnoverIdr: "120000000" };

  it("may be left empty entirely", () => {
    const parsed = financeStepSchema.parse({ ...finance, payoutBankCode: "", payoutAccountNumber: " ", payoutAccountName: "" });
    expect(payoutAccountOf(parsed)).toBeNull();
  });

  it("is all or nothing", () => {
    const result = financeStepSchema.safeParse({ ...finance, payoutBankCode: "002" });
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["payoutAccountNumber", "payout_account_incomplete"],
      ["payoutAccountName", "payout_account_incomplete"],
    ]);
  });

  it("is validated like the settings form when given, also in the one-shot API registration", () => {
    const parsed = financeStepSchema.parse({ ...finance, payoutBankCode: "002", payoutAccountNumber: "0123 0100 0456 501", payoutAccountName: "Inaq Sumiati" });
    expect(payoutAccountOf(parsed)).toEqual({ payoutBankCode: "002", payoutAccountNumber: "012301000456501", payoutAccountName: "Inaq Sumiati" });
    const api = registerBusinessSchema.safeParse({
      legalName: "Tenun Sumiati", nib: "1234567890123", kbli: "13912", ownerName: "Inaq Sumiati", regionId: "00000000-0000-4000-8000-000000000000",
      address: "Pringgasela, Lombok Timur", capitalIdr: 1, annualTurnoverIdr: 1, payoutBankCode: "002", payoutAccountNumber: "123", payoutAccountName: "Inaq",
    });
    expect(api.error?.issues.map((i) => i.message)).toEqual(["account_number_length"]);
  });
});
