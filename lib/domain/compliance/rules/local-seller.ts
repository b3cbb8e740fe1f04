import { sellersOf } from "../amounts";
import { justifiableSeverity } from "../justification";
import type { Rule } from "../types";

/** LOCAL_SELLER (Pergub NTB 43/2020): sellers from inside the buyer's province. */
export const localSeller: Rule = (request, context, policy) => {
  if (!policy.rules.localSeller.enabled) return [];
  const severity = justifiableSeverity(request.justification, policy);
  return sellersOf(request.lines)
    .filter((seller) => seller.provinceRegionId !== context.buyerProvinceRegionId)
    .map((seller) => ({
      rule: "LOCAL_SELLER" as const,
      severity,
      params: { businessId: seller.businessId, seller: seller.name, kabupaten: seller.kabupaten },
      message:
        severity === "block"
          ? {
              id: `${seller.name} berasal dari ${seller.kabupaten}, di luar provinsi Anda. Pilih penjual lokal, atau isi alasan pengecualian.`,
              en: `${seller.name} is based in ${seller.kabupaten}, outside your province. Choose a local seller, or give a justification.`,
            }
          : {
              id: `${seller.name} dari luar provinsi; alasan pengecualian akan dinilai PPK.`,
              en: `${seller.name} is from outside the province; the approver will weigh the justification.`,
            },
    }));
};
