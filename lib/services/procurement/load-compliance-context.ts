import type { DbOrTx } from "@/db/client";
import { findBudgetLine } from "@/db/queries/budget-lines";
import { listOpdOrderHistory, sumSpendByOpd } from "@/db/queries/spending";
import type { ComplianceContext } from "@/lib/domain/compliance/types";
import { fiscalYearRange, witaYear } from "@/lib/domain/time/wita";
import { notFound } from "@/lib/errors";

/** What the rules need besides the cart, read in the caller's transaction. */
export const loadComplianceContext = async (
  db: DbOrTx,
  params: { opdId: string; buyerProvinceRegionId: string; budgetLineId: string; now: Date },
): Promise<ComplianceContext> => {
  const budget = await findBudgetLine(db, params.budgetLineId);
  if (!budget) throw notFound();
  const { from, to } = fiscalYearRange(witaYear(params.now));
  const [history, spend] = await Promise.all([
    listOpdOrderHistory(db, { opdId: params.opdId }),
    sumSpendByOpd(db, { opdIds: [params.opdId], from, to }),
  ]);
  const year = spend.get(params.opdId);
  return {
    now: params.now,
    buyerProvinceRegionId: params.buyerProvinceRegionId,
    budget: { ceilingIdr: budget.ceilingIdr, committedIdr: budget.committedIdr, realizedIdr: budget.realizedIdr },
    opdOrders: history,
    opdYear: { totalIdr: year?.totalIdr ?? 0, umkIdr: year?.umkIdr ?? 0 },
  };
};
