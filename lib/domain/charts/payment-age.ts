/**
 * Buckets of WITA days (BAST → paid, or BAST → today for what is still owed) cut at the policy's payment limit L:
 * "on time" is split in two halves so a clock that drifts towards the limit shows before it is late, and "late" in
 * up to 2L and beyond. Edges are inclusive day counts; the last bucket has no upper edge.
 */
export type AgeBucket = { fromDays: number; toDays: number | null; isLate: boolean };

export const paymentAgeBuckets = (limitDays: number): AgeBucket[] => {
  if (!Number.isInteger(limitDays) || limitDays < 1) throw new RangeError(`Not a payment limit: ${limitDays}`);
  const half = Math.floor(limitDays / 2);
  const onTime: AgeBucket[] = half >= 1 && half < limitDays
    ? [{ fromDays: 0, toDays: half, isLate: false }, { fromDays: half + 1, toDays: limitDays, isLate: false }]
    : [{ fromDays: 0, toDays: limitDays, isLate: false }];
  return [...onTime, { fromDays: limitDays + 1, toDays: limitDays * 2, isLate: true }, { fromDays: limitDays * 2 + 1, toDays: null, isLate: true }];
};

export type AgeBucketCount = AgeBucket & { paid: number; open: number };

/** How many paid invoices and open orders fall in each bucket; negative days (clock skew) count as day 0. */
export const distributeAges = (buckets: readonly AgeBucket[], ages: { paid: readonly number[]; open: readonly number[] }): AgeBucketCount[] => {
  const indexOf = (days: number) => {
    const d = Math.max(0, days);
    const i = buckets.findIndex((b) => d >= b.fromDays && (b.toDays === null || d <= b.toDays));
    return i === -1 ? buckets.length - 1 : i;
  };
  const counts = buckets.map((b) => ({ ...b, paid: 0, open: 0 }));
  for (const d of ages.paid) counts[indexOf(d)]!.paid += 1;
  for (const d of ages.open) counts[indexOf(d)]!.open += 1;
  return counts;
};
