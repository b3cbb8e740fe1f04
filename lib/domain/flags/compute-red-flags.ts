import type { CompliancePolicy } from "@/lib/domain/compliance/policy";
import type { FlagContext, RedFlagFacts } from "./facts";
import { categoryMedians, priceFlags } from "./rules/price";
import { repeatedExceptionFlags, reusedJustificationFlags } from "./rules/exceptions";
import { splitPackageFlags } from "./rules/split-package";
import { spendConcentrationFlags } from "./rules/spend-concentration";
import { afterHoursApprovalFlags, afterHoursReceiptFlags, approvalDelayFlags, paymentFlags, shippedWithoutBastFlags } from "./rules/timing";
import type { Named, RedFlag } from "./types";

/**
 * Every red flag of a region's fiscal year from the facts the queries loaded, newest first (then by key, so the
 * order is stable). Thresholds come from the policy: `redFlags`, and the payment clock's `maxDaysToPay`.
 */
export const computeRedFlags = (facts: RedFlagFacts, rules: CompliancePolicy["rules"], opds: ReadonlyMap<string, Named>, ctx: FlagContext): RedFlag[] => {
  const policy = rules.redFlags;
  const flags = [
    ...priceFlags(facts.pricedLines, categoryMedians(facts.priceHistogram), policy, ctx.fiscalYear),
    ...splitPackageFlags(facts.splitFindings, ctx.fiscalYear),
    ...spendConcentrationFlags(facts.sellerSpend, opds, policy, ctx.fiscalYear),
    ...repeatedExceptionFlags(facts.justifiedRequests, policy, ctx.fiscalYear),
    ...reusedJustificationFlags(facts.justifiedRequests, policy, ctx.fiscalYear),
    ...approvalDelayFlags(facts.approvals, policy, ctx),
    ...afterHoursApprovalFlags(facts.approvals, policy, ctx),
    ...paymentFlags(facts.invoices, rules.paymentClock.maxDaysToPay, ctx),
    ...shippedWithoutBastFlags(facts.shippedOrders, policy, ctx),
    ...afterHoursReceiptFlags(facts.receipts, policy, ctx),
  ];
  return flags.sort((a, b) => b.at.getTime() - a.at.getTime() || a.key.localeCompare(b.key));
};
