/** PP 7/2021 art. 35 thresholds in whole rupiah; capital excludes land and buildings. */
export const SCALE_THRESHOLDS = {
  capital: { mikro: 1_000_000_000, kecil: 5_000_000_000, menengah: 10_000_000_000 },
  turnover: { mikro: 2_000_000_000, kecil: 15_000_000_000, menengah: 50_000_000_000 },
} as const;

export const SCALES = ["mikro", "kecil", "menengah", "besar"] as const;
export type BusinessScale = (typeof SCALES)[number];

export type ScaleClassification = {
  scale: BusinessScale;
  isUmk: boolean;
  byCapital: BusinessScale;
  byTurnover: BusinessScale;
  /** Which criterion decided: the larger of the two wins, so a large seller cannot count as UMK. */
  decidedBy: "capital" | "turnover" | "both";
};

const scaleFor = (amountIdr: number, limits: { mikro: number; kecil: number; menengah: number }): BusinessScale => {
  if (amountIdr <= limits.mikro) return "mikro";
  if (amountIdr <= limits.kecil) return "kecil";
  if (amountIdr <= limits.menengah) return "menengah";
  return "besar";
};

export const isUmkScale = (scale: BusinessScale) => scale === "mikro" || scale === "kecil";

/**
 * Classifies a business by declared capital and annual turnover. The regulation allows either
 * criterion; we take the larger scale of the two because the UMK share reported to the Inspektorat
 * must not count a business that exceeds any threshold.
 */
export const classifyBusinessScale = (capitalIdr: number, annualTurnoverIdr: number): ScaleClassification => {
  if (!Number.isSafeInteger(capitalIdr) || capitalIdr < 0 || !Number.isSafeInteger(annualTurnoverIdr) || annualTurnoverIdr < 0) {
    throw new RangeError("Capital and turnover must be whole, non-negative rupiah");
  }
  const byCapital = scaleFor(capitalIdr, SCALE_THRESHOLDS.capital);
  const byTurnover = scaleFor(annualTurnoverIdr, SCALE_THRESHOLDS.turnover);
  const capitalRank = SCALES.indexOf(byCapital);
  const turnoverRank = SCALES.indexOf(byTurnover);
  const scale = capitalRank >= turnoverRank ? byCapital : byTurnover;
  const decidedBy = capitalRank === turnoverRank ? "both" : capitalRank > turnoverRank ? "capital" : "turnover";
  return { scale, isUmk: isUmkScale(scale), byCapital, byTurnover, decidedBy };
};
