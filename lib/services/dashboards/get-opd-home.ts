import "server-only";
import { db } from "@/db/client";
import { listOpdBudgetLines } from "@/db/queries/budget-lines";
import { findOpd } from "@/db/queries/opds";
import { can } from "@/lib/domain/auth/can";
import type { Viewer } from "@/lib/domain/auth/roles";

/**
 * The OPDs of the viewer's memberships whose budget they may read, each with its lines of the fiscal year.
 * Each OPD is loaded first so can() sees its region as well as its id; an empty list means nothing to show.
 */
export const getOpdHome = async (viewer: Viewer, params: { fiscalYear: number }) => {
  const opdIds = [...new Set(viewer.memberships.map((m) => m.opdId).filter((id) => id !== null))];
  const candidates = await Promise.all(opdIds.map((opdId) => findOpd(db, opdId)));
  const allowed = candidates.filter(
    (opd): opd is NonNullable<typeof opd> =>
      opd !== undefined && can(viewer, "budget_line.read", { opdId: opd.id, regionId: opd.regionId }),
  );
  return Promise.all(
    allowed.map(async (opd) => ({ opd, lines: await listOpdBudgetLines(db, { opdId: opd.id, fiscalYear: params.fiscalYear }) })),
  );
};
