import "server-only";
import { db } from "@/db/client";
import { listEvidenceOfItems } from "@/db/queries/event-evidence";
import { listItemsOfEvents } from "@/db/queries/event-items";
import { updateEventRow } from "@/db/queries/events";
import type { Viewer } from "@/lib/domain/auth/roles";
import { itemsBlockingClose } from "@/lib/domain/events/event-rules";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import { loadActivePolicy } from "@/lib/services/procurement/active-policy";
import { assertOpen, loadEventFor } from "@/lib/services/events/event-access";
import { buildEventDetail } from "@/lib/services/events/event-detail";
import { complianceOf, itemView } from "@/lib/services/events/views";
import { actorOf } from "@/lib/domain/audit/audit-event";
import { unprocessable } from "@/lib/errors";
import type { EventDetailView } from "./types";
import { orNotFound } from "@/lib/services/or-not-found";

/**
 * Closes an open event: refused (422, naming each item) while an off-platform item has no evidence.
 * The report — compliance under the policy in force now and every item as shown — is frozen in the row
 * and never changes; corrections are amendments.
 */
export const closeEvent = async (viewer: Viewer | null, eventId: string, now: Date = new Date()): Promise<EventDetailView> =>
  db.transaction(async (tx) => {
    const { event, opd, viewer: buyer } = await loadEventFor(tx, viewer, "event.write", eventId, { forUpdate: true });
    assertOpen(event);
    const items = await listItemsOfEvents(tx, [event.id]);
    const evidence = await listEvidenceOfItems(tx, items.map((i) => i.id));
    const blocking = itemsBlockingClose(
      items.map((i) => ({ id: i.id, description: i.description, source: i.source, voided: i.voidedByAmendmentId !== null, evidenceCount: evidence.filter((e) => e.itemId === i.id).length })),
    );
    if (blocking.length > 0) {
      const names = blocking.map((b) => b.description).join(", ");
      throw unprocessable(
        "evidence_missing",
        {
          id: `Unggah bukti (kuitansi atau foto) untuk item pemasok luar platform sebelum menutup: ${names}.`,
          en: `Upload evidence (a receipt or photo) for the off-platform items before closing: ${names}.`,
        },
        { items: blocking },
      );
    }
    const { policy, id: policyId } = await loadActivePolicy(tx, opd.regionId, now);
    const compliance = complianceOf(items, policy);
    const report = { closedAt: now.toISOString(), compliance, items: items.map((i) => itemView(i, evidence)) };
    const closed = orNotFound(
      await updateEventRow(tx, { id: event.id, opdId: event.opdId }, {
        status: "closed", closedAt: now, closedBy: buyer.userId, closedReport: report as unknown as Record<string, unknown>, updatedAt: now,
      }),
    );
    await appendAuditEvent(tx, {
      actor: actorOf(buyer),
      action: "event.closed",
      entity: "event",
      entityId: event.id,
      data: {
        policyId, policyVersion: policy.version, totalIdr: compliance.totalIdr, localUmkIdr: compliance.localUmkIdr,
        consumption: compliance.consumption, declared: compliance.declared, verdict: compliance.verdict,
        rules: compliance.findings.map((f) => `${f.rule}:${f.severity}`), itemIds: items.map((i) => i.id),
      },
      at: now,
    });
    return buildEventDetail(tx, buyer, closed, opd, items, now);
  });
