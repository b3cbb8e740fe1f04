import { sellersOf } from "../amounts";
import { justifiableSeverity } from "../justification";
import type { Rule } from "../types";

/** UMK_ONLY (Perpres 12/2021, Banyuwangi): every line from a verified mikro/kecil seller. */
export const umkOnly: Rule = (request, _context, policy) => {
  if (!policy.rules.umkOnly.enabled) return [];
  const severity = justifiableSeverity(request.justification, policy);
  return sellersOf(request.lines)
    .filter((seller) => !(seller.isUmk && seller.verificationStatus === "verified"))
    .map((seller) => ({
      rule: "UMK_ONLY" as const,
      severity,
      params: { businessId: seller.businessId, seller: seller.name, scale: seller.scale, verified: seller.verificationStatus === "verified" },
      message:
        severity === "block"
          ? {
              id: `${seller.name} bukan UMK terverifikasi (skala ${seller.scale}). Pilih produk UMK, atau isi alasan pengecualian (tidak ada pemasok UMK, spesifikasi teknis, atau keadaan darurat).`,
              en: `${seller.name} is not a verified UMK (scale ${seller.scale}). Choose a UMK product, or give a justification (no UMK supplier, technical specification, or emergency).`,
            }
          : {
              id: `${seller.name} bukan UMK terverifikasi; alasan pengecualian diisi dan akan dinilai PPK.`,
              en: `${seller.name} is not a verified UMK; a justification was given and the approver will weigh it.`,
            },
    }));
};
