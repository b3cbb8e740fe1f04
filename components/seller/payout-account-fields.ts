import "server-only";
import { getTranslations } from "next-intl/server";
import { INDONESIAN_BANKS } from "@/lib/domain/business/bank-account";
import type { FieldSpec } from "./action-form";

type Values = { payoutBankCode?: string; payoutAccountNumber?: string; payoutAccountName?: string };

/**
 * Bank, account number and holder: the same three fields in the wizard's finance step (optional there) and
 * in Pengaturan (required). Each bank says how many digits its numbers have, so a slip shows before saving.
 */
export const payoutAccountFieldSpecs = async (values: Values, options: { required: boolean }): Promise<FieldSpec[]> => {
  const t = await getTranslations("seller.wizard");
  return [
    {
      name: "payoutBankCode",
      label: t("payoutBankCode"),
      type: "select",
      required: options.required,
      defaultValue: values.payoutBankCode,
      options: INDONESIAN_BANKS.map((b) => ({
        value: b.code,
        label: b.digits ? t("bankOption", { name: b.name, digits: b.digits.join("/") }) : t("bankOptionAny", { name: b.name }),
      })),
    },
    {
      name: "payoutAccountNumber",
      label: t("payoutAccountNumber"),
      hint: t("payoutAccountNumberHint"),
      required: options.required,
      inputMode: "numeric",
      autoComplete: "off",
      defaultValue: values.payoutAccountNumber,
    },
    { name: "payoutAccountName", label: t("payoutAccountName"), hint: t("payoutAccountNameHint"), required: options.required, defaultValue: values.payoutAccountName },
  ];
};
