import { createHash } from "node:crypto";
import type { JustifiedRequest } from "../facts";
import { groupBy } from "../group-by";
import type { RedFlagPolicy } from "../policy";
import { flagKey, type FlagLink, type RedFlag } from "../types";

const byTime = (a: JustifiedRequest, b: JustifiedRequest) => a.submittedAt.getTime() - b.submittedAt.getTime() || a.requestNumber.localeCompare(b.requestNumber);

/** A flag links at most this many requests; its `count` says how many there are. */
export const MAX_LINKED_REQUESTS = 50;

const requestLinks = (requests: readonly JustifiedRequest[]): FlagLink[] => requests.slice(0, MAX_LINKED_REQUESTS).map((r) => ({ type: "request", id: r.requestId, label: r.requestNumber }));

/** A buyer who asked for `exceptionsPerBuyer` or more exceptions (requests with a justification) in the year, per OPD. */
export const repeatedExceptionFlags = (requests: readonly JustifiedRequest[], policy: RedFlagPolicy, fiscalYear: number): RedFlag[] => {
  const groups = groupBy(requests, (r) => `${r.buyerId}|${r.opdId}`);
  const flags: RedFlag[] = [];
  for (const group of groups.values()) {
    if (group.length < policy.exceptionsPerBuyer) continue;
    const sorted = [...group].sort(byTime);
    const first = sorted[0]!;
    const codes = [...new Set(sorted.map((r) => r.code))].sort();
    flags.push({
      key: flagKey("repeated_exceptions", fiscalYear, first.buyerId, first.opdId),
      kind: "repeated_exceptions",
      fiscalYear,
      opdIds: [first.opdId],
      at: sorted[sorted.length - 1]!.submittedAt,
      links: [{ type: "buyer", id: first.buyerId, opdId: first.opdId, label: first.buyerName }, ...requestLinks(sorted)],
      params: { buyer: first.buyerName, count: sorted.length, limit: policy.exceptionsPerBuyer, codes: codes.join(", ") },
    });
  }
  return flags;
};

/** Word for word: the same words in the same order, whatever the case, spacing or a trailing full stop. */
export const normalizeJustification = (text: string) =>
  text.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim().replace(/[.!]+$/, "").trim();

const textId = (normalized: string) => createHash("sha256").update(normalized).digest("hex").slice(0, 16);

/** The key of the "reused justification" flag of a text in a year (the seed reviews one by it). */
export const reusedJustificationKey = (text: string, fiscalYear: number) => flagKey("reused_justification", fiscalYear, textId(normalizeJustification(text)));

/** The same justification text on `reusedJustificationMinRequests` or more requests in the year, across the region. */
export const reusedJustificationFlags = (requests: readonly JustifiedRequest[], policy: RedFlagPolicy, fiscalYear: number): RedFlag[] => {
  const groups = groupBy(requests, (r) => normalizeJustification(r.text));
  groups.delete("");
  const flags: RedFlag[] = [];
  for (const [text, group] of groups) {
    if (group.length < policy.reusedJustificationMinRequests) continue;
    const sorted = [...group].sort(byTime);
    flags.push({
      key: reusedJustificationKey(text, fiscalYear),
      kind: "reused_justification",
      fiscalYear,
      opdIds: [...new Set(sorted.map((r) => r.opdId))],
      at: sorted[sorted.length - 1]!.submittedAt,
      links: requestLinks(sorted),
      params: { text: sorted[0]!.text.trim(), count: sorted.length, buyers: new Set(sorted.map((r) => r.buyerId)).size },
    });
  }
  return flags;
};
