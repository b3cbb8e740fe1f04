import { getTranslations } from "next-intl/server";
import type { PayoutAccount } from "@/lib/validation/views/payments";

/** Where the money goes: the seller's bank account as they registered it, or a plain note when missing. */
export async function PayoutAccountDetails({ account, testId = "payout-account" }: { account: PayoutAccount; testId?: string }) {
  const t = await getTranslations("payments.common");
  if (!account.bankName && !account.accountNumber) {
    return (
      <p data-testid={testId} data-missing="true" className="text-sm font-medium text-amber-900">
        {t("noBankAccount")}
      </p>
    );
  }
  return (
    <dl data-testid={testId} className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-sm">
      <dt className="text-slate-600">{t("bank")}</dt>
      <dd className="text-slate-900">{account.bankName ?? t("none")}</dd>
      <dt className="text-slate-600">{t("accountNumber")}</dt>
      <dd className="break-all font-mono text-slate-900">{account.accountNumber ?? t("none")}</dd>
      <dt className="text-slate-600">{t("accountName")}</dt>
      <dd className="text-slate-900">{account.accountName ?? t("none")}</dd>
    </dl>
  );
}
