import { db } from "@/db/client";
import { findOpd, listOpdsOfRegions } from "@/db/queries/opds";
import { listBuyerRequestsWithOrders, sumRequestsByBuyer } from "@/db/queries/purchase-requests";
import { findUserNames } from "@/db/queries/users";
import { authorize } from "@/lib/auth/authorize";
import { regionsWhere } from "@/lib/auth/scopes";
import type { Viewer } from "@/lib/domain/auth/roles";
import type { RedFlag } from "@/lib/domain/flags/types";
import { fiscalYearRange } from "@/lib/domain/time/wita";
import { AppError } from "@/lib/errors";
import { computeRegionFlags } from "./compute-region-flags";

// The auditor's drill-down, region → OPD → buyer → request, one page each; the request and order pages that
// follow (with BASTs, invoices, payments and event evidence) are the existing ones.

const countFlags = (flags: readonly RedFlag[], keyOf: (f: RedFlag) => string[]) => {
  const counts = new Map<string, number>();
  for (const f of flags) for (const k of new Set(keyOf(f))) counts.set(k, (counts.get(k) ?? 0) + 1);
  return counts;
};

/** Every OPD of the viewer's regions (audit.read) with its year's requests, orders, spend and red flags. */
export const drillRegion = async (viewer: Viewer | null, year: number, now: Date = new Date()) => {
  if (!viewer) authorize(viewer, "audit.read");
  const regionIds = regionsWhere(viewer, "audit.read");
  if (regionIds.length === 0) authorize(viewer, "audit.read", { regionId: "-" });
  const period = fiscalYearRange(year);
  const [opds, perRegion] = await Promise.all([
    listOpdsOfRegions(db, regionIds),
    Promise.all(regionIds.map(async (regionId) => ({ buyers: await sumRequestsByBuyer(db, { regionId, ...period }), flags: (await computeRegionFlags(db, regionId, year, now)).flags }))),
  ]);
  const buyers = perRegion.flatMap((r) => r.buyers);
  const flags = countFlags(perRegion.flatMap((r) => r.flags), (f) => f.opdIds);
  return opds.map((o) => {
    const mine = buyers.filter((b) => b.opdId === o.id);
    return {
      id: o.id,
      name: o.name,
      buyers: mine.length,
      requests: mine.reduce((s, b) => s + b.requests, 0),
      orders: mine.reduce((s, b) => s + b.orders, 0),
      spendIdr: mine.reduce((s, b) => s + b.spendIdr, 0),
      flags: flags.get(o.id) ?? 0,
    };
  });
};

const readableOpd = async (viewer: Viewer | null, opdId: string) => {
  const opd = await findOpd(db, opdId);
  authorize(viewer, "audit.read", { regionId: opd?.regionId ?? "-" });
  if (!opd) throw new AppError("not_found");
  return opd;
};

/** One OPD's buyers in the year: their requests, orders, spend and the red flags that name them. */
export const drillOpd = async (viewer: Viewer | null, opdId: string, year: number, now: Date = new Date()) => {
  const opd = await readableOpd(viewer, opdId);
  const period = fiscalYearRange(year);
  const [buyers, region] = await Promise.all([sumRequestsByBuyer(db, { regionId: opd.regionId, opdId, ...period }), computeRegionFlags(db, opd.regionId, year, now)]);
  const ofOpd = region.flags.filter((f) => f.opdIds.includes(opdId));
  const byBuyer = countFlags(ofOpd, (f) => f.links.flatMap((l) => (l.type === "buyer" ? [l.id] : [])));
  return { opd: { id: opd.id, name: opd.name }, flags: ofOpd.length, buyers: buyers.map((b) => ({ ...b, flags: byBuyer.get(b.buyerId) ?? 0 })) };
};

/** One buyer's requests at one OPD in the year, each with its orders (the next click). */
export const drillBuyer = async (viewer: Viewer | null, opdId: string, buyerId: string, year: number) => {
  const opd = await readableOpd(viewer, opdId);
  const [requests, names] = await Promise.all([listBuyerRequestsWithOrders(db, { opdId, buyerId, ...fiscalYearRange(year) }), findUserNames(db, [buyerId])]);
  const buyer = names[0];
  if (!buyer) throw new AppError("not_found");
  return { opd: { id: opd.id, name: opd.name }, buyer: { id: buyerId, name: buyer.name }, requests };
};
