import { requestTotalIdr, rupiah } from "../amounts";
import type { Rule } from "../types";

/** VALUE_BAND (Perpres 16/2018 / 46/2025): direct procurement only up to the band ceiling. */
export const valueBand: Rule = (request, _context, policy) => {
  const { enabled, maxTotalIdr } = policy.rules.valueBand;
  const totalIdr = requestTotalIdr(request.lines);
  if (!enabled || totalIdr <= maxTotalIdr) return [];
  return [
    {
      rule: "VALUE_BAND",
      severity: "block",
      params: { totalIdr, maxTotalIdr },
      message: {
        id: `Total ${rupiah(totalIdr)} melebihi batas pengadaan langsung ${rupiah(maxTotalIdr)}. Kurangi isi keranjang; pengadaan di atas batas ini harus melalui tender, bukan dipecah.`,
        en: `The total ${rupiah(totalIdr)} exceeds the direct-procurement limit of ${rupiah(maxTotalIdr)}. Reduce the cart; larger purchases must go to tender, not be split.`,
      },
    },
  ];
};
