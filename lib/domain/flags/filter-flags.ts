import type { FlagKind, RedFlag } from "./types";

export type FlagFilter = { kind?: FlagKind; opdId?: string; reviewed?: boolean };

/** The flags an auditor asked for: of one kind, involving one OPD, reviewed or not (by the stored review keys). */
export const filterFlags = <F extends RedFlag>(flags: readonly F[], filter: FlagFilter, reviewedKeys: ReadonlySet<string>): F[] =>
  flags.filter(
    (f) =>
      (filter.kind === undefined || f.kind === filter.kind) &&
      (filter.opdId === undefined || f.opdIds.includes(filter.opdId)) &&
      (filter.reviewed === undefined || reviewedKeys.has(f.key) === filter.reviewed),
  );

/** How many flags of each kind, for the filter's counts. */
export const countByKind = (flags: readonly RedFlag[]): Partial<Record<FlagKind, number>> => {
  const counts: Partial<Record<FlagKind, number>> = {};
  for (const f of flags) counts[f.kind] = (counts[f.kind] ?? 0) + 1;
  return counts;
};
