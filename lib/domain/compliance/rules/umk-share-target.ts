import { lineTotalIdr, requestTotalIdr } from "../amounts";
import type { Rule } from "../types";

const percent = (share: number) => `${Math.floor(share * 1000) / 10}%`;

/**
 * UMK_SHARE_TARGET (Perpres 12/2021 art. 65): warns when a request that buys outside UMK leaves the
 * OPD's fiscal-year UMK share below target. A request that raises the share is never warned about.
 */
export const umkShareTarget: Rule = (request, context, policy) => {
  const { enabled, targetShare } = policy.rules.umkShareTarget;
  if (!enabled) return [];
  const totalIdr = requestTotalIdr(request.lines);
  const umkIdr = request.lines.filter((l) => l.seller.isUmk).reduce((sum, l) => sum + lineTotalIdr(l), 0);
  if (umkIdr === totalIdr) return [];
  const shareAfter = (context.opdYear.umkIdr + umkIdr) / (context.opdYear.totalIdr + totalIdr);
  if (shareAfter >= targetShare) return [];
  return [
    {
      rule: "UMK_SHARE_TARGET",
      severity: "warning",
      params: { shareAfter, targetShare },
      message: {
        id: `Setelah permintaan ini, porsi belanja UMK OPD tahun ini ${percent(shareAfter)}, di bawah target ${percent(targetShare)}. Utamakan produk UMK.`,
        en: `After this request the office's UMK share this year is ${percent(shareAfter)}, below the ${percent(targetShare)} target. Prefer UMK products.`,
      },
    },
  ];
};
