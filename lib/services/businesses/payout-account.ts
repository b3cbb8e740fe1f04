import "server-only";
import { db } from "@/db/client";
import { findPayoutAccount, setPayoutAccount } from "@/db/queries/businesses";
import { authorize } from "@/lib/auth/authorize";
import { businessesWhere } from "@/lib/auth/scopes";
import { actorOf } from "@/lib/domain/audit/audit-event";
import type { Viewer } from "@/lib/domain/auth/roles";
import { hasPayoutAccount, maskAccount, maskedPayoutAccount } from "@/lib/domain/business/bank-account";
import { AppError, notFound } from "@/lib/errors";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import { bankAccountSchema, type BankAccountInput } from "@/lib/validation/business";
import { parseInput } from "@/lib/validation/messages";
import { payoutAudit, payoutColumns } from "./payout-account-fields";

type StoredAccount = NonNullable<Awaited<ReturnType<typeof findPayoutAccount>>>;

/** The business a seller manages: the one asked for, or their only one. */
export const ownBusinessId = (viewer: Viewer | null, requested?: string) => {
  if (!viewer) throw new AppError("unauthenticated");
  if (requested) return requested;
  const own = businessesWhere(viewer, "business.update");
  if (own.length === 1) return own[0]!;
  if (own.length === 0) throw new AppError("forbidden", { id: "Anda belum memiliki usaha terdaftar.", en: "You have no registered business." });
  throw new AppError("bad_request", { id: "Pilih usaha (businessId).", en: "Choose a business (businessId)." });
};

/** The account as every screen and API answer shows it: bank and the last four digits only. */
export const payoutAccountView = (row: StoredAccount) => ({
  businessId: row.businessId,
  hasAccount: hasPayoutAccount(row),
  bankCode: row.bankCode,
  bankName: row.bankName,
  accountNumber: row.accountNumber ? maskAccount(row.accountNumber) : null,
  accountName: row.accountName,
  display: maskedPayoutAccount(row),
});
export type PayoutAccountView = ReturnType<typeof payoutAccountView>;

const load = async (viewer: Viewer | null, businessId?: string) => {
  const id = ownBusinessId(viewer, businessId);
  authorize(viewer, "business.update", { businessId: id });
  const row = await findPayoutAccount(db, { businessId: id });
  if (!row) throw notFound();
  return row;
};

/** The seller's payout account, masked. */
export const getPayoutAccount = async (viewer: Viewer | null, businessId?: string): Promise<PayoutAccountView> =>
  payoutAccountView(await load(viewer, businessId));

/** The whole stored account, for the owner's own edit form only (so they can check what they typed). */
export const getPayoutAccountForEdit = async (viewer: Viewer | null, businessId?: string) => {
  const row = await load(viewer, businessId);
  return { view: payoutAccountView(row), values: { payoutBankCode: row.bankCode ?? "", payoutAccountNumber: row.accountNumber ?? "", payoutAccountName: row.accountName ?? "" } };
};

/**
 * Saves the seller's payout account (already validated against the bank list and the bank's account
 * length). Only the business's own sellers may; the row is locked, changed and audited — with the old and
 * new account masked — in one transaction. Errors: 401, 403 (not their business), 404.
 */
export const updatePayoutAccount = async (viewer: Viewer | null, raw: BankAccountInput, options: { businessId?: string } = {}, now = new Date()) => {
  const businessId = ownBusinessId(viewer, options.businessId);
  authorize(viewer, "business.update", { businessId });
  // Entry points parse already; parsing again here keeps every caller (scripts, tests) to the same rules.
  const input = parseInput(bankAccountSchema, raw);
  return db.transaction(async (tx) => {
    const before = await findPayoutAccount(tx, { businessId, forUpdate: true });
    if (!before) throw notFound();
    const columns = payoutColumns(input) as Required<ReturnType<typeof payoutColumns>>;
    await setPayoutAccount(tx, {
      businessId,
      bankCode: columns.payoutBankCode,
      bankName: columns.payoutBankName,
      accountNumber: columns.payoutAccountNumber,
      accountName: columns.payoutAccountName,
      now,
    });
    await appendAuditEvent(tx, {
      actor: actorOf(viewer),
      action: "business.payout_account_updated",
      entity: "business",
      entityId: businessId,
      at: now,
      data: {
        previous: hasPayoutAccount(before) ? { bankCode: before.bankCode, bankName: before.bankName, accountNumber: maskAccount(before.accountNumber!), accountName: before.accountName } : null,
        current: payoutAudit(input),
      },
    });
    return payoutAccountView({ businessId, bankCode: columns.payoutBankCode, bankName: columns.payoutBankName, accountNumber: columns.payoutAccountNumber, accountName: columns.payoutAccountName });
  });
};
