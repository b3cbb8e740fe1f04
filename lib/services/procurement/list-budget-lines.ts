import { db } from "@/db/client";
import { listBudgetLinesOfOpds } from "@/db/queries/budget-lines";
import { listOpdsOfRegions } from "@/db/queries/opds";
import { authorize } from "@/lib/auth/authorize";
import { can } from "@/lib/domain/auth/can";
import type { Viewer } from "@/lib/domain/auth/roles";
import type { BudgetLineView } from "@/lib/validation/views/procurement-results";

export type { BudgetLineView };

/**
 * Budget lines the viewer may read: buyers, approvers and treasurers their own OPD's, auditors and admins
 * their region's. Available = ceiling − committed − realized.
 */
export const listBudgetLines = async (viewer: Viewer | null, filter: { fiscalYear?: number; opdId?: string } = {}): Promise<BudgetLineView[]> => {
  if (!viewer) authorize(viewer, "budget_line.read");
  const regionIds = [...new Set(viewer.memberships.map((m) => m.regionId))];
  const opds = (await listOpdsOfRegions(db, regionIds)).filter(
    (o) => (filter.opdId === undefined || o.id === filter.opdId) && can(viewer, "budget_line.read", { opdId: o.id, regionId: o.regionId }),
  );
  if (opds.length === 0) authorize(viewer, "budget_line.read", { opdId: filter.opdId ?? "-" });
  const rows = await listBudgetLinesOfOpds(db, { opdIds: opds.map((o) => o.id), fiscalYear: filter.fiscalYear });
  return rows.map((r) => ({
    id: r.id,
    opdId: r.opdId,
    code: r.code,
    name: r.name,
    fiscalYear: r.fiscalYear,
    ceilingIdr: r.ceilingIdr,
    committedIdr: r.committedIdr,
    realizedIdr: r.realizedIdr,
    availableIdr: r.ceilingIdr - r.committedIdr - r.realizedIdr,
  }));
};
