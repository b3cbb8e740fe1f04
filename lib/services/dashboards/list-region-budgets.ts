import "server-only";
import { db } from "@/db/client";
import { listRegionOpdBudgets } from "@/db/queries/budget-lines";
import { findRegion } from "@/db/queries/regions";
import { regionsWhere } from "@/lib/auth/scopes";
import type { Viewer } from "@/lib/domain/auth/roles";

/** Per region the viewer may audit, every OPD's budget totals of the fiscal year (OPDs without lines show zeros). */
export const listRegionBudgets = async (viewer: Viewer, params: { fiscalYear: number }) =>
  Promise.all(
    regionsWhere(viewer, "audit.read").map(async (regionId) => ({
      region: await findRegion(db, { regionId }),
      opds: await listRegionOpdBudgets(db, { regionId, fiscalYear: params.fiscalYear }),
    })),
  );
