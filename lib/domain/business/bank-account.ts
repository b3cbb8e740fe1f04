/**
 * Banks a UMK seller can be paid into: the national banks, the regional bank of NTB and the large private
 * ones, by their sandi bank (the clearing/SKN code SP2D transfers use). Where a bank's account numbers have
 * one fixed length it is listed, so a missing or extra digit is caught before a treasurer sends money.
 */
export const INDONESIAN_BANKS = [
  { code: "002", name: "BRI", digits: [15] },
  { code: "009", name: "BNI", digits: [10] },
  { code: "008", name: "Bank Mandiri", digits: [13] },
  { code: "451", name: "BSI (Bank Syariah Indonesia)", digits: [10] },
  { code: "200", name: "BTN", digits: [16] },
  { code: "128", name: "Bank NTB Syariah", digits: [13] },
  { code: "014", name: "BCA", digits: [10] },
  { code: "022", name: "CIMB Niaga", digits: [13, 14] },
  { code: "011", name: "Bank Danamon", digits: [10] },
  { code: "013", name: "Bank Permata", digits: [10] },
  { code: "147", name: "Bank Muamalat", digits: [10] },
  { code: "129", name: "Bank BPD Bali", digits: null },
] as const satisfies ReadonlyArray<{ code: string; name: string; digits: readonly number[] | null }>;

export type BankCode = (typeof INDONESIAN_BANKS)[number]["code"];
export const BANK_CODES = INDONESIAN_BANKS.map((b) => b.code) as [BankCode, ...BankCode[]];

/** Banks without a single known length still get the range any Indonesian account number falls in. */
export const ACCOUNT_DIGITS_RANGE = { min: 6, max: 20 } as const;

export const bankByCode = (code: string) => INDONESIAN_BANKS.find((b) => b.code === code) ?? null;

/** People type account numbers the way the passbook prints them: "0123-01-000456-50-1" or with spaces. */
export const normalizeAccountNumber = (value: string) => value.replace(/[\s.-]/g, "");

export type AccountNumberIssue = "not_digits" | "length";

/** Pure: what is wrong with this (normalized) account number for this bank, or null. */
export const accountNumberIssue = (bankCode: string, accountNumber: string): AccountNumberIssue | null => {
  if (!/^[0-9]+$/.test(accountNumber)) return "not_digits";
  const digits = bankByCode(bankCode)?.digits;
  if (digits) return (digits as readonly number[]).includes(accountNumber.length) ? null : "length";
  return accountNumber.length >= ACCOUNT_DIGITS_RANGE.min && accountNumber.length <= ACCOUNT_DIGITS_RANGE.max ? null : "length";
};

/** "•••• 1234": only the last four digits, so a screen, a log or an audit row never holds the whole number. */
export const maskAccount = (accountNumber: string) => (accountNumber.length <= 4 ? accountNumber : `•••• ${accountNumber.slice(-4)}`);

export type PayoutAccountFacts = { bankName: string | null; accountNumber: string | null; accountName: string | null };

/** A payout account is usable only when bank, number and holder are all there. */
export const hasPayoutAccount = (account: PayoutAccountFacts) =>
  Boolean(account.bankName && account.accountNumber && account.accountName);

/** "BRI •••• 1234", or null when the seller has not entered an account. */
export const maskedPayoutAccount = (account: PayoutAccountFacts) =>
  hasPayoutAccount(account) ? `${account.bankName} ${maskAccount(account.accountNumber!)}` : null;
