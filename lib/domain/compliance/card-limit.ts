import { rupiah } from "./amounts";
import type { CompliancePolicy } from "./policy";
import type { Finding } from "./types";

/** CARD_LIMIT (Permendagri 79/2022): one KKPD card payment to a payee may not exceed the limit. */
export const evaluateCardPayment = (amountIdr: number, policy: CompliancePolicy): Finding[] => {
  const { enabled, maxPerPayeeIdr } = policy.rules.cardLimit;
  if (!enabled || amountIdr <= maxPerPayeeIdr) return [];
  return [
    {
      rule: "CARD_LIMIT",
      severity: "block",
      params: { amountIdr, maxPerPayeeIdr },
      message: {
        id: `Pembayaran kartu KKPD ${rupiah(amountIdr)} melebihi batas ${rupiah(maxPerPayeeIdr)} per penerima. Bayar melalui SP2D.`,
        en: `A KKPD card payment of ${rupiah(amountIdr)} exceeds the ${rupiah(maxPerPayeeIdr)} limit per payee. Pay by SP2D instead.`,
      },
    },
  ];
};
