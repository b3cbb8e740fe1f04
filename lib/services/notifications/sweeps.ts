import type { Database } from "@/db/client";
import { listHolidayDates } from "@/db/queries/holidays";
import { deliveryBacklog } from "@/db/queries/notification-deliveries";
import { findAllAdminIds, findAuditorsOfOpd } from "@/db/queries/notification-recipients";
import { listEndedEventsMissingEvidence, listExpiringCertifications, listOrdersOwingMoney, listRequestsAwaitingDecision } from "@/db/queries/notification-sweeps";
import { searchOutboxBacklog } from "@/db/queries/search-outbox";
import { expiryWindow, overduePayment, waitingRequest } from "@/lib/domain/notifications/sweep-rules";
import { witaDate } from "@/lib/domain/time/wita";
import { maxDaysToPayByRegion } from "@/lib/services/payments/policy-limits";
import { notify } from "./notify";
import { notifyOpportunities } from "./opportunity-alerts";

const CERTIFICATE_NAMES: Record<string, string> = { halal: "Sertifikat halal", pirt: "SPP-IRT", bpom: "Izin edar BPOM", sni: "SNI" };

/**
 * The notifications that time alone causes, found by looking (hourly): certifications expiring within 30 days,
 * requests past the PPK's limit, payments past the policy's days-to-pay (treasurers; the OPD's auditors get a
 * daily digest), ended events still lacking evidence, and failing search or delivery (admins, once a day).
 * Every one has a dedupe key naming its state, so running the sweep again tells nobody twice.
 */
export const runNotificationSweeps = async (db: Database, now: Date): Promise<number> => {
  const today = witaDate(now);
  let told = 0;
  await db.transaction(async (tx) => {
    for (const c of await listExpiringCertifications(tx, expiryWindow(now))) {
      told += await notify(tx, {
        kind: "certification.expiring",
        to: { role: "seller", businessId: c.businessId },
        params: { certificateName: `${CERTIFICATE_NAMES[c.kind] ?? c.kind} ${c.number}`, expiresOn: c.expiresOn, businessName: c.businessName },
        link: "/penjual",
        dedupeKey: `certification.expiring:${c.id}:${c.expiresOn}`,
        at: now,
      });
    }

    const holidaysByRegion = new Map<string, string[]>();
    for (const r of await listRequestsAwaitingDecision(tx)) {
      if (!holidaysByRegion.has(r.regionId)) holidaysByRegion.set(r.regionId, await listHolidayDates(tx, r.regionId));
      const waiting = waitingRequest(r.submittedAt, now, holidaysByRegion.get(r.regionId)!);
      if (!waiting) continue;
      told += await notify(tx, {
        kind: "request.waiting",
        to: { role: "approver", opdId: r.opdId },
        params: { requestNumber: r.number, workingDays: waiting.workingDays },
        link: `/persetujuan/${r.id}`,
        dedupeKey: `request.waiting:${r.id}`,
        at: now,
      });
    }

    const owing = await listOrdersOwingMoney(tx);
    const limits = await maxDaysToPayByRegion(tx, owing.map((o) => o.regionId), now);
    const overdueByOpd = new Map<string, { opdName: string; count: number; oldestDays: number }>();
    for (const o of owing) {
      const maxDays = limits.get(o.regionId)!;
      const overdue = overduePayment(o.oldestBastAt, now, maxDays);
      if (!overdue) continue;
      told += await notify(tx, {
        kind: "payment.overdue",
        to: { role: "treasurer", opdId: o.opdId },
        params: { orderNumber: o.orderNumber, days: overdue.days, maxDays, amountIdr: o.outstandingIdr, businessName: o.businessName },
        link: `/bendahara/${o.orderId}`,
        dedupeKey: `payment.overdue:${o.orderId}`,
        at: now,
      });
      const seen = overdueByOpd.get(o.opdId) ?? { opdName: o.opdName, count: 0, oldestDays: 0 };
      overdueByOpd.set(o.opdId, { ...seen, count: seen.count + 1, oldestDays: Math.max(seen.oldestDays, overdue.days) });
    }
    for (const [opdId, digest] of overdueByOpd) {
      told += await notify(tx, {
        kind: "payment.overdue_digest",
        to: { userIds: await findAuditorsOfOpd(tx, opdId) },
        params: { opdName: digest.opdName, count: digest.count, oldestDays: digest.oldestDays },
        link: "/audit/pembayaran",
        dedupeKey: `payment.overdue_digest:${opdId}:${today}`,
        at: now,
      });
    }

    for (const e of await listEndedEventsMissingEvidence(tx, now)) {
      told += await notify(tx, {
        kind: "event.evidence_missing",
        to: { userIds: [e.createdBy] },
        params: { eventTitle: e.title, missingCount: e.missingCount },
        link: `/kegiatan/${e.eventId}`,
        dedupeKey: `event.evidence_missing:${e.eventId}`,
        at: now,
      });
    }

    // Peluang: failed searches of government buyers, told to sellers of the category in that area (issue 13).
    told += await notifyOpportunities(tx, now);

    const search = await searchOutboxBacklog(tx);
    const deliveries = await deliveryBacklog(tx);
    const failingDeliveries = deliveries.reduce((sum, d) => sum + d.failing, 0);
    const admins = search.failing > 0 || failingDeliveries > 0 ? await findAllAdminIds(tx) : [];
    if (search.failing > 0) {
      told += await notify(tx, { kind: "delivery.failing", to: { userIds: admins }, params: { what: "search", failing: search.failing }, link: "/admin/pencarian", dedupeKey: `delivery.failing:search:${today}`, at: now });
    }
    if (failingDeliveries > 0) {
      told += await notify(tx, { kind: "delivery.failing", to: { userIds: admins }, params: { what: "notifications", failing: failingDeliveries }, link: "/admin/pencarian", dedupeKey: `delivery.failing:notifications:${today}`, at: now });
    }
  });
  return told;
};
