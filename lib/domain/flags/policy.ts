import { z } from "zod";

const ratio = z.number().min(1).max(100);
const share = z.number().min(0).max(1);
const count = z.number().int().positive();
const hour = z.number().int().min(0).max(24);

/**
 * The thresholds of the auditor's red flags, kept in the region's policy (versioned, edited by the admin) so a
 * flag can always be traced to the numbers that raised it. A flag is never stored: it is recomputed from the
 * data with these numbers; only an auditor's review of it is stored.
 */
export const redFlagPolicySchema = z.object({
  /** A unit price above this multiple of the category's median unit price that year. */
  priceToMedianRatio: ratio,
  /** Fewer lines in a category than this and its median says nothing: no price flag from the median. */
  priceMinCategoryLines: count,
  /** A unit price above this multiple of the category's reference price (when one is set). */
  priceToReferenceRatio: ratio,
  /** Reference unit prices (harga acuan) by category slug, whole rupiah. */
  referencePricesIdr: z.record(z.string().min(1), z.number().int().positive()),
  /** Herfindahl–Hirschman index of an OPD's spend across sellers (0–1; 0.25 = 2,500 points) above which it is concentrated. */
  concentrationMaxHhi: share,
  /** The largest seller's share of an OPD's spend above which it is concentrated. */
  concentrationMaxTopShare: share,
  /** Fewer orders than this in the year and an OPD's concentration is not judged. */
  concentrationMinOrders: count,
  /** A buyer with at least this many requests with a justification (exceptions) in the year. */
  exceptionsPerBuyer: count,
  /** The same justification text, word for word, on at least this many requests in the year. */
  reusedJustificationMinRequests: z.number().int().min(2),
  /** Working days (WITA) an approver may take; beyond them the decision is late (e-Katalog auto-cancels at 3). */
  approvalMaxWorkingDays: count,
  /** Calendar days an order may stay shipped without a BAST. */
  shippedWithoutBastDays: count,
  /** Working hours in WITA, [start, end): a decision outside them, on a weekend or a holiday is flagged. */
  workdayStartHour: hour,
  workdayEndHour: hour,
});

export type RedFlagPolicy = z.infer<typeof redFlagPolicySchema>;

export const DEFAULT_RED_FLAG_POLICY: RedFlagPolicy = {
  priceToMedianRatio: 2,
  priceMinCategoryLines: 5,
  priceToReferenceRatio: 1.5,
  referencePricesIdr: {},
  concentrationMaxHhi: 0.25,
  concentrationMaxTopShare: 0.5,
  concentrationMinOrders: 5,
  exceptionsPerBuyer: 3,
  reusedJustificationMinRequests: 2,
  approvalMaxWorkingDays: 3,
  shippedWithoutBastDays: 14,
  workdayStartHour: 7,
  workdayEndHour: 17,
};
