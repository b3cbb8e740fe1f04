"use server";

import { getTranslations } from "next-intl/server";
import { updatePayoutAccount } from "@/lib/services/businesses/payout-account";
import { bankAccountSchema } from "@/lib/validation/business";
import { formAction } from "../form-action";
import { textField } from "../to-form-state";

/** The seller saves their payout bank account in Pengaturan; the form stays, saying it was saved. */
export const savePayoutAccountAction = formAction({
  schema: bankAccountSchema,
  run: (viewer, input, { formData }) => updatePayoutAccount(viewer, input, { businessId: textField(formData, "businessId") || undefined }),
  revalidate: ["/penjual", "/penjual/pengaturan"],
  success: async (account) => ({
    ok: true,
    message: (await getTranslations("seller.settings"))("saved", { account: account.display ?? "" }),
    values: { payoutBankCode: account.bankCode ?? "", payoutAccountName: account.accountName ?? "" },
  }),
});
