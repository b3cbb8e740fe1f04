import { bankByCode, maskAccount } from "@/lib/domain/business/bank-account";
import type { BankAccountInput } from "@/lib/validation/business";

/** The business columns of a payout account; nothing at all for none (so nothing is cleared). */
export const payoutColumns = (account: BankAccountInput | null) =>
  account
    ? {
        payoutBankCode: account.payoutBankCode,
        // The name is stored beside the code: invoices and payouts print it, and copy it into their snapshots.
        payoutBankName: bankByCode(account.payoutBankCode)!.name,
        payoutAccountNumber: account.payoutAccountNumber,
        payoutAccountName: account.payoutAccountName,
      }
    : {};

/**
 * What the audit trail keeps of an account: the bank, the last four digits and the holder. The chain is
 * readable by auditors region-wide and can never be erased, so the whole number does not belong in it.
 */
export const payoutAudit = (account: BankAccountInput | null) =>
  account
    ? {
        bankCode: account.payoutBankCode,
        bankName: bankByCode(account.payoutBankCode)!.name,
        accountNumber: maskAccount(account.payoutAccountNumber),
        accountName: account.payoutAccountName,
      }
    : null;
