import { justifiableSeverity } from "../justification";
import type { Finding, Rule } from "../types";

/**
 * SELLER_ROTATION (Banyuwangi "Bela UMKM"): after N consecutive orders of an OPD at one seller in a
 * category, the next one there needs a justification, so income spreads across UMK.
 */
export const sellerRotation: Rule = (request, context, policy) => {
  const { enabled, maxConsecutiveOrders } = policy.rules.sellerRotation;
  if (!enabled) return [];
  const severity = justifiableSeverity(request.justification, policy);
  const pairs = new Map(request.lines.map((l) => [`${l.seller.businessId}|${l.categorySlug}`, l]));
  const findings: Finding[] = [];
  for (const line of pairs.values()) {
    // opdOrders is newest first: the streak is the run of most recent orders in this category.
    const inCategory = context.opdOrders.filter((o) => o.lines.some((l) => l.categorySlug === line.categorySlug));
    let streak = 0;
    for (const order of inCategory) {
      if (order.businessId !== line.seller.businessId) break;
      streak += 1;
    }
    if (streak < maxConsecutiveOrders) continue;
    findings.push({
      rule: "SELLER_ROTATION",
      severity,
      params: { businessId: line.seller.businessId, seller: line.seller.name, category: line.categorySlug, consecutiveOrders: streak, orderNumber: streak + 1 },
      message:
        severity === "block"
          ? {
              id: `Ini akan menjadi pesanan ke-${streak + 1} berturut-turut ke ${line.seller.name} untuk kategori ini (batas ${maxConsecutiveOrders}). Pilih UMK lain agar pendapatan merata, atau isi alasan pengecualian.`,
              en: `This would be order no. ${streak + 1} in a row from ${line.seller.name} in this category (limit ${maxConsecutiveOrders}). Choose another UMK so income spreads, or give a justification.`,
            }
          : {
              id: `Pesanan ke-${streak + 1} berturut-turut ke ${line.seller.name}; alasan pengecualian akan dinilai PPK.`,
              en: `Order no. ${streak + 1} in a row from ${line.seller.name}; the approver will weigh the justification.`,
            },
    });
  }
  return findings;
};
