import type { SplitFindingRow } from "../facts";
import { flagKey, type RedFlag } from "../types";

/**
 * Split packages are detected when a request is submitted (the compliance rule SPLIT_PACKAGE, stored with its
 * decision); this surfaces them for the auditor, one flag per request, with its largest crossed amount.
 */
export const splitPackageFlags = (rows: readonly SplitFindingRow[], fiscalYear: number): RedFlag[] => {
  const byRequest = new Map<string, SplitFindingRow>();
  for (const row of rows) {
    const kept = byRequest.get(row.requestId);
    if (!kept || row.combinedIdr > kept.combinedIdr) byRequest.set(row.requestId, row);
  }
  return [...byRequest.values()].map((r) => ({
    key: flagKey("split_package", fiscalYear, r.requestId),
    kind: "split_package",
    fiscalYear,
    opdIds: [r.opdId],
    at: r.submittedAt,
    links: [
      { type: "request", id: r.requestId, label: r.requestNumber },
      { type: "buyer", id: r.buyerId, opdId: r.opdId, label: r.buyerName },
    ],
    params: { groupBy: r.groupBy, groupKey: r.groupKey, combinedIdr: r.combinedIdr, boundaryIdr: r.boundaryIdr, windowDays: r.windowDays },
  }));
};
