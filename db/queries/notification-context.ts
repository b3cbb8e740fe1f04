import { sql } from "drizzle-orm";
import type { DbOrTx } from "../client";

// The names a notification shows and the people it goes to, read in the transaction of the change.

export type OrderContext = { id: string; number: string; businessId: string; businessName: string; opdId: string; opdName: string; buyerId: string };

export const findOrderContext = async (db: DbOrTx, orderId: string): Promise<OrderContext | null> => {
  const [row] = (await db.execute(sql`
    SELECT o.id, o.number, o.business_id AS "businessId", b.legal_name AS "businessName", o.opd_id AS "opdId", d.name AS "opdName",
           r.buyer_id AS "buyerId"
    FROM orders o JOIN businesses b ON b.id = o.business_id JOIN opds d ON d.id = o.opd_id JOIN purchase_requests r ON r.id = o.request_id
    WHERE o.id = ${orderId}`)) as unknown as OrderContext[];
  return row ?? null;
};

export type RequestContext = { id: string; number: string; opdId: string; opdName: string; buyerId: string; buyerName: string; totalIdr: number };

export const findRequestContext = async (db: DbOrTx, requestId: string): Promise<RequestContext | null> => {
  const [row] = (await db.execute(sql`
    SELECT r.id, r.number, r.opd_id AS "opdId", d.name AS "opdName", r.buyer_id AS "buyerId", u.name AS "buyerName", r.total_idr AS "totalIdr"
    FROM purchase_requests r JOIN opds d ON d.id = r.opd_id JOIN users u ON u.id = r.buyer_id
    WHERE r.id = ${requestId}`)) as unknown as RequestContext[];
  return row ? { ...row, totalIdr: Number(row.totalIdr) } : null;
};

/** `provinceId`: the platform region admins are granted in (a business sits in a kabupaten below it). */
export type BusinessContext = { id: string; name: string; provinceId: string };

export const findBusinessContext = async (db: DbOrTx, businessId: string): Promise<BusinessContext | null> => {
  const [row] = (await db.execute(sql`
    SELECT b.id, b.legal_name AS name, coalesce(g.parent_id, g.id) AS "provinceId"
    FROM businesses b JOIN regions g ON g.id = b.region_id WHERE b.id = ${businessId}`)) as unknown as BusinessContext[];
  return row ?? null;
};
