import { and, asc, desc, eq, inArray, ne, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { purchaseRequestStatus, purchaseRequests } from "../schema";
import { num, opdsOfRegion, rowsOf, within, type Period } from "./columns";
import { SPENDING } from "./spending";

export const insertPurchaseRequest = async (db: DbOrTx, row: typeof purchaseRequests.$inferInsert) => {
  const [inserted] = await db.insert(purchaseRequests).values(row).returning();
  return inserted!;
};

/** Changes the request only when it belongs to the OPD; null (nothing changed) otherwise. */
export const updatePurchaseRequest = async (
  db: DbOrTx,
  scope: { id: string; opdId: string },
  set: Partial<typeof purchaseRequests.$inferInsert>,
) => {
  const [updated] = await db
    .update(purchaseRequests)
    .set({ ...set, updatedAt: sql`now()` })
    .where(and(eq(purchaseRequests.id, scope.id), eq(purchaseRequests.opdId, scope.opdId)))
    .returning();
  return updated ?? null;
};

export const findPurchaseRequest = async (db: DbOrTx, id: string, options: { forUpdate?: boolean } = {}) => {
  const query = db.select().from(purchaseRequests).where(eq(purchaseRequests.id, id)).limit(1);
  const [row] = options.forUpdate ? await query.for("update") : await query;
  return row;
};

/** Submitted requests of the given OPDs, oldest first: the approver's inbox. */
export const listSubmittedRequests = (db: DbOrTx, opdIds: readonly string[]) =>
  opdIds.length === 0
    ? Promise.resolve([])
    : db
        .select({
          id: purchaseRequests.id,
          number: purchaseRequests.number,
          opdId: purchaseRequests.opdId,
          buyerId: purchaseRequests.buyerId,
          purpose: purchaseRequests.purpose,
          totalIdr: purchaseRequests.totalIdr,
          neededBy: purchaseRequests.neededBy,
          submittedAt: purchaseRequests.submittedAt,
          justificationCode: purchaseRequests.justificationCode,
          complianceDecision: purchaseRequests.complianceDecision,
          policyVersion: purchaseRequests.policyVersion,
        })
        .from(purchaseRequests)
        .where(and(inArray(purchaseRequests.opdId, [...opdIds]), eq(purchaseRequests.status, "submitted")))
        .orderBy(asc(purchaseRequests.submittedAt), asc(purchaseRequests.id));

/** How many submitted requests of the given OPDs wait for someone other than their own buyer (no self-approval). */
export const countSubmittedRequestsAwaiting = async (db: DbOrTx, params: { opdIds: readonly string[]; deciderId: string }) => {
  if (params.opdIds.length === 0) return 0;
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(purchaseRequests)
    .where(and(inArray(purchaseRequests.opdId, [...params.opdIds]), eq(purchaseRequests.status, "submitted"), ne(purchaseRequests.buyerId, params.deciderId)));
  return row?.count ?? 0;
};

/** A buyer's own requests, newest first. */
export const listRequestsOfBuyer = (db: DbOrTx, buyerId: string, limit = 100) =>
  db
    .select({
      id: purchaseRequests.id,
      number: purchaseRequests.number,
      opdId: purchaseRequests.opdId,
      status: purchaseRequests.status,
      purpose: purchaseRequests.purpose,
      totalIdr: purchaseRequests.totalIdr,
      submittedAt: purchaseRequests.submittedAt,
      createdAt: purchaseRequests.createdAt,
    })
    .from(purchaseRequests)
    .where(eq(purchaseRequests.buyerId, buyerId))
    .orderBy(desc(purchaseRequests.createdAt), desc(purchaseRequests.id))
    .limit(limit);

export const listRequestsOfEvent = (db: DbOrTx, eventId: string) =>
  db
    .select({ id: purchaseRequests.id, number: purchaseRequests.number, status: purchaseRequests.status })
    .from(purchaseRequests)
    .where(eq(purchaseRequests.eventId, eventId))
    .orderBy(asc(purchaseRequests.number));

// ---- red flags (issue 15): set-based reads over a region's fiscal year (by submission time) -----------------

const SUBMITTED = sql.raw(`('submitted','approved','rejected','returned','ordered','cancelled')`);

/** SPLIT_PACKAGE findings stored with the requests' compliance decisions (detected at submission). */
export const listSplitPackageFindings = async (db: DbOrTx, params: { regionId: string } & Period) => {
  const rows = rowsOf<{ requestId: string; requestNumber: string; opdId: string; buyerId: string; buyerName: string; submittedAt: string | Date; groupBy: string | null; groupKey: string | null; combinedIdr: string | null; boundaryIdr: string | null; windowDays: number | null }>(
    await db.execute(sql`
      SELECT pr.id AS "requestId", pr.number AS "requestNumber", pr.opd_id AS "opdId", pr.buyer_id AS "buyerId", u.name AS "buyerName", pr.submitted_at AS "submittedAt",
             f->'params'->>'groupBy' AS "groupBy", f->'params'->>'key' AS "groupKey", f->'params'->>'combinedIdr' AS "combinedIdr",
             f->'params'->>'boundaryIdr' AS "boundaryIdr", (f->'params'->>'windowDays')::int AS "windowDays"
      FROM purchase_requests pr
      JOIN users u ON u.id = pr.buyer_id
      CROSS JOIN LATERAL jsonb_array_elements(pr.compliance_decision->'findings') f
      WHERE pr.opd_id IN ${opdsOfRegion(params.regionId)} AND pr.status IN ${SUBMITTED} AND ${within(sql.raw("pr.submitted_at"), params)}
        AND pr.compliance_decision @> '{"findings":[{"rule":"SPLIT_PACKAGE"}]}' AND f->>'rule' = 'SPLIT_PACKAGE'`),
  );
  return rows.map((r) => ({ ...r, submittedAt: new Date(r.submittedAt), groupBy: r.groupBy ?? "", groupKey: r.groupKey ?? "", combinedIdr: num(r.combinedIdr), boundaryIdr: num(r.boundaryIdr), windowDays: r.windowDays ?? 0 }));
};

/** Requests submitted with a justification (exceptions) in the period, with their buyer and text. */
export const listJustifiedRequests = async (db: DbOrTx, params: { regionId: string } & Period) => {
  const rows = rowsOf<{ requestId: string; requestNumber: string; opdId: string; buyerId: string; buyerName: string; submittedAt: string | Date; code: string; text: string | null }>(
    await db.execute(sql`
      SELECT pr.id AS "requestId", pr.number AS "requestNumber", pr.opd_id AS "opdId", pr.buyer_id AS "buyerId", u.name AS "buyerName",
             pr.submitted_at AS "submittedAt", pr.justification_code AS "code", pr.justification_text AS "text"
      FROM purchase_requests pr JOIN users u ON u.id = pr.buyer_id
      WHERE pr.opd_id IN ${opdsOfRegion(params.regionId)} AND pr.status IN ${SUBMITTED} AND pr.justification_code IS NOT NULL
        AND ${within(sql.raw("pr.submitted_at"), params)}`),
  );
  return rows.map((r) => ({ ...r, submittedAt: new Date(r.submittedAt), text: r.text ?? "" }));
};

/**
 * Approver timings worth judging, pre-filtered loosely in SQL so the pure rules decide exactly: decided (or still
 * waiting at `now`) more than `maxDays` calendar days after submission — working days never outnumber calendar
 * days — or decided outside the working hours in WITA, on a weekend or on one of `holidays`.
 */
export const listApprovalTimings = async (
  db: DbOrTx,
  params: { regionId: string; now: Date; maxDays: number; startHour: number; endHour: number; holidays: readonly string[] } & Period,
) => {
  const local = sql`(pr.decided_at AT TIME ZONE 'Asia/Makassar')`;
  const holidays = params.holidays.length === 0 ? sql`false` : sql`${local}::date IN (${sql.join(params.holidays.map((d) => sql`${d}::date`), sql`, `)})`;
  const rows = rowsOf<{ requestId: string; requestNumber: string; opdId: string; buyerId: string; buyerName: string; submittedAt: string | Date; decidedAt: string | Date | null }>(
    await db.execute(sql`
      SELECT pr.id AS "requestId", pr.number AS "requestNumber", pr.opd_id AS "opdId", pr.buyer_id AS "buyerId", u.name AS "buyerName",
             pr.submitted_at AS "submittedAt", pr.decided_at AS "decidedAt"
      FROM purchase_requests pr JOIN users u ON u.id = pr.buyer_id
      WHERE pr.opd_id IN ${opdsOfRegion(params.regionId)} AND ${within(sql.raw("pr.submitted_at"), params)}
        AND (
          (pr.status = 'submitted' AND ${params.now.toISOString()}::timestamptz - pr.submitted_at > make_interval(days => ${params.maxDays}))
          OR (pr.decided_at IS NOT NULL AND pr.status <> 'submitted' AND (
            pr.decided_at - pr.submitted_at > make_interval(days => ${params.maxDays})
            OR extract(isodow FROM ${local}) > 5 OR extract(hour FROM ${local}) < ${params.startHour} OR extract(hour FROM ${local}) >= ${params.endHour}
            OR ${holidays})))`),
  );
  return rows.map((r) => ({ ...r, submittedAt: new Date(r.submittedAt), decidedAt: r.decidedAt ? new Date(r.decidedAt) : null }));
};

// ---- drill-down (issue 15): region → OPD → buyer → request ----------------------------------------------------

/** Per OPD × buyer, the requests submitted in the period, their orders and the spending orders' total. */
export const sumRequestsByBuyer = async (db: DbOrTx, params: { regionId: string; opdId?: string } & Period) => {
  const opd = params.opdId ? sql`pr.opd_id = ${params.opdId}::uuid` : sql`true`;
  const rows = rowsOf<{ opdId: string; buyerId: string; buyerName: string; requests: number; orders: number; spendIdr: string }>(
    await db.execute(sql`
      SELECT pr.opd_id AS "opdId", pr.buyer_id AS "buyerId", u.name AS "buyerName", count(DISTINCT pr.id)::int AS "requests", count(o.id)::int AS "orders",
             coalesce(sum(o.total_idr) FILTER (WHERE o.status IN ${SPENDING}), 0) AS "spendIdr"
      FROM purchase_requests pr JOIN users u ON u.id = pr.buyer_id LEFT JOIN orders o ON o.request_id = pr.id
      WHERE pr.opd_id IN ${opdsOfRegion(params.regionId)} AND ${opd} AND pr.status IN ${SUBMITTED} AND ${within(sql.raw("pr.submitted_at"), params)}
      GROUP BY pr.opd_id, pr.buyer_id, u.name
      ORDER BY u.name, pr.buyer_id`),
  );
  return rows.map((r) => ({ ...r, spendIdr: num(r.spendIdr) }));
};

/** One buyer's requests at one OPD submitted in the period, each with its orders (number and id), oldest first. */
export const listBuyerRequestsWithOrders = async (db: DbOrTx, params: { opdId: string; buyerId: string } & Period) => {
  const rows = rowsOf<{ id: string; number: string; purpose: string; status: (typeof purchaseRequestStatus.enumValues)[number]; submittedAt: string | Date; totalIdr: string; justificationCode: string | null; orders: Array<{ id: string; number: string }> | null }>(
    await db.execute(sql`
      SELECT pr.id, pr.number, pr.purpose, pr.status, pr.submitted_at AS "submittedAt", pr.total_idr AS "totalIdr", pr.justification_code AS "justificationCode",
             (SELECT json_agg(json_build_object('id', o.id, 'number', o.number) ORDER BY o.number) FROM orders o WHERE o.request_id = pr.id) AS "orders"
      FROM purchase_requests pr
      WHERE pr.opd_id = ${params.opdId}::uuid AND pr.buyer_id = ${params.buyerId}::uuid AND pr.status IN ${SUBMITTED} AND ${within(sql.raw("pr.submitted_at"), params)}
      ORDER BY pr.submitted_at, pr.number`),
  );
  return rows.map((r) => ({ ...r, submittedAt: new Date(r.submittedAt), totalIdr: num(r.totalIdr), orders: r.orders ?? [] }));
};
