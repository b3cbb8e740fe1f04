import { requestTotalIdr, rupiah } from "../amounts";
import type { Rule } from "../types";

/** BUDGET_AVAILABLE (DPA): the total must fit in what the budget line has left. */
export const budgetAvailable: Rule = (request, context, policy) => {
  if (!policy.rules.budgetAvailable.enabled) return [];
  const { ceilingIdr, committedIdr, realizedIdr } = context.budget;
  const availableIdr = ceilingIdr - committedIdr - realizedIdr;
  const totalIdr = requestTotalIdr(request.lines);
  if (totalIdr <= availableIdr) return [];
  return [
    {
      rule: "BUDGET_AVAILABLE",
      severity: "block",
      params: { totalIdr, availableIdr },
      message: {
        id: `Sisa pagu mata anggaran ${rupiah(availableIdr)}, kurang dari total ${rupiah(totalIdr)}. Kurangi jumlah atau pilih mata anggaran lain.`,
        en: `The budget line has ${rupiah(availableIdr)} left, less than the total ${rupiah(totalIdr)}. Reduce quantities or choose another budget line.`,
      },
    },
  ];
};
