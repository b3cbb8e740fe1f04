import { and, eq, inArray, notInArray, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { businesses, enrolments } from "../schema";

// The platform figures a diklat program's outcomes are computed from: per business, over given windows.
// Raw correlated subqueries keep it one round trip per group, whatever the number of businesses.

// Written out in full: inside a correlated subquery drizzle would print a bare "id", which products also have.
const BUSINESS_ID = sql.raw(`"businesses"."id"`);

/** A business's main category as the readiness profile reads it: most active listings, ties by slug. */
const MAIN_CATEGORY = sql<string | null>`(select c.id from products p join categories c on c.id = p.category_id where p.business_id = ${BUSINESS_ID} and p.status = 'active' group by c.id, c.slug order by count(*) desc, c.slug limit 1)`;

const BASE = { businessId: businesses.id, kabupatenId: businesses.regionId, scale: businesses.scale, categoryId: MAIN_CATEGORY };

/** The program's participants: UMKs marked present. */
export const listProgramParticipants = (db: DbOrTx, programId: string) =>
  db
    .select(BASE)
    .from(enrolments)
    .innerJoin(businesses, eq(businesses.id, enrolments.businessId))
    .where(and(eq(enrolments.programId, programId), eq(enrolments.status, "attended")));

/** Candidates for the comparison group: other UMKs of the same kabupaten that did not take part in this program. */
export const listComparisonCandidates = (db: DbOrTx, params: { programId: string; kabupatenIds: readonly string[] }) =>
  params.kabupatenIds.length === 0
    ? Promise.resolve([])
    : db
        .select(BASE)
        .from(businesses)
        .where(
          and(
            inArray(businesses.regionId, [...params.kabupatenIds]),
            eq(businesses.isUmk, true),
            notInArray(businesses.id, db.select({ id: enrolments.businessId }).from(enrolments).where(and(eq(enrolments.programId, params.programId), eq(enrolments.status, "attended")))),
          ),
        );

type Window = { from: Date; to: Date };
/** Raw SQL gets instants as ISO text (the driver does not serialize a Date inside a template). */
const iso = (at: Date) => sql`${at.toISOString()}::timestamptz`;

/**
 * Per business: BAST value received in the prior window (what "similar sales before" compares) and in the window
 * after; certificates recorded after; orders delivered after and how many on time. On time: the BAST on or before
 * the request's needed-by day (WITA), or — without one — within the slowest product's lead time plus a day.
 */
export const listOutcomeFigures = (db: DbOrTx, params: { businessIds: readonly string[]; prior: Window; after: Window }) => {
  if (params.businessIds.length === 0) return Promise.resolve([]);
  const { prior, after } = params;
  const receivedIdr = (w: Window) =>
    sql<number>`(select coalesce(sum(r.received_value_idr), 0)::bigint from receipts r join orders o on o.id = r.order_id where o.business_id = ${BUSINESS_ID} and r.signed_at >= ${iso(w.from)} and r.signed_at < ${iso(w.to)})`.mapWith(Number);
  const deadline = sql`coalesce(
    ((pr.needed_by + 1)::timestamp at time zone 'Asia/Makassar'),
    o.placed_at + make_interval(days => 1 + (select coalesce(max(p.lead_time_days), 0) from order_lines ol join products p on p.id = ol.product_id where ol.order_id = o.id)))`;
  const delivered = sql`from orders o join purchase_requests pr on pr.id = o.request_id where o.business_id = ${BUSINESS_ID} and o.received_at >= ${iso(after.from)} and o.received_at < ${iso(after.to)}`;
  return db
    .select({
      businessId: businesses.id,
      priorSalesIdr: receivedIdr(prior),
      salesIdr: receivedIdr(after),
      certificatesGained: sql<number>`(select count(*)::int from business_certifications c where c.business_id = ${BUSINESS_ID} and c.created_at >= ${iso(after.from)} and c.created_at < ${iso(after.to)})`,
      deliveries: sql<number>`(select count(*)::int ${delivered})`,
      onTimeDeliveries: sql<number>`(select count(*)::int ${delivered} and o.received_at < ${deadline})`,
    })
    .from(businesses)
    .where(inArray(businesses.id, [...params.businessIds]));
};
