import { sql } from "drizzle-orm";
import type { DbOrTx } from "../client";

// What time alone changes, read for the notification sweeps. Each returns plain rows; the rules are in lib/domain.

const rowsOf = <T>(result: unknown) => result as unknown as T[];

/** Certifications of verified businesses whose last valid day falls within [today, lastDay] (WITA dates). */
export const listExpiringCertifications = async (db: DbOrTx, params: { today: string; lastDay: string }) =>
  rowsOf<{ id: string; businessId: string; businessName: string; kind: string; number: string; expiresOn: string }>(
    await db.execute(sql`
      SELECT c.id, c.business_id AS "businessId", b.legal_name AS "businessName", c.kind::text AS kind, c.number,
             to_char(c.expires_on, 'YYYY-MM-DD') AS "expiresOn"
      FROM business_certifications c JOIN businesses b ON b.id = c.business_id
      WHERE c.expires_on >= ${params.today}::date AND c.expires_on <= ${params.lastDay}::date
        AND b.verification_status = 'verified'
      ORDER BY c.expires_on, c.id`),
  );

/** Requests still waiting for the PPK, with their OPD's region for its holiday calendar. */
export const listRequestsAwaitingDecision = async (db: DbOrTx) =>
  (rowsOf<{ id: string; number: string; opdId: string; regionId: string; submittedAt: Date }>(
    await db.execute(sql`
      SELECT r.id, r.number, r.opd_id AS "opdId", o.region_id AS "regionId", r.submitted_at AS "submittedAt"
      FROM purchase_requests r JOIN opds o ON o.id = r.opd_id
      WHERE r.status = 'submitted' AND r.submitted_at IS NOT NULL
      ORDER BY r.submitted_at`),
  )).map((r) => ({ ...r, submittedAt: new Date(r.submittedAt) }));

/** Orders that still owe money, with the day of their oldest open BAST invoice: the payment clock's input. */
export const listOrdersOwingMoney = async (db: DbOrTx) =>
  (rowsOf<{ orderId: string; orderNumber: string; opdId: string; opdName: string; regionId: string; businessName: string; oldestBastAt: Date; outstandingIdr: number }>(
    await db.execute(sql`
      SELECT o.id AS "orderId", o.number AS "orderNumber", o.opd_id AS "opdId", d.name AS "opdName", d.region_id AS "regionId",
             b.legal_name AS "businessName", min(i.issued_at) AS "oldestBastAt", sum(i.amount_idr)::bigint AS "outstandingIdr"
      FROM invoices i JOIN orders o ON o.id = i.order_id JOIN opds d ON d.id = o.opd_id JOIN businesses b ON b.id = o.business_id
      WHERE i.status = 'open'
      GROUP BY o.id, o.number, o.opd_id, d.name, d.region_id, b.legal_name
      ORDER BY min(i.issued_at)`),
  )).map((r) => ({ ...r, oldestBastAt: new Date(r.oldestBastAt), outstandingIdr: Number(r.outstandingIdr) }));

/** Open events that have ended while declared (off-platform) items still have no evidence. */
export const listEndedEventsMissingEvidence = async (db: DbOrTx, now: Date) =>
  rowsOf<{ eventId: string; title: string; opdId: string; createdBy: string; missingCount: number }>(
    await db.execute(sql`
      SELECT e.id AS "eventId", e.title, e.opd_id AS "opdId", e.created_by AS "createdBy", count(i.id)::int AS "missingCount"
      FROM events e JOIN event_items i ON i.event_id = e.id
      WHERE e.status = 'open' AND e.ends_at < ${now.toISOString()}::timestamptz
        AND i.source = 'declared' AND i.voided_by_amendment_id IS NULL
        AND NOT EXISTS (SELECT 1 FROM event_item_evidence v WHERE v.item_id = i.id)
      GROUP BY e.id, e.title, e.opd_id, e.created_by
      ORDER BY e.ends_at`),
  );
