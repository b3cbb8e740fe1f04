import "server-only";
import { db } from "@/db/client";
import { findPartnership, insertEvidenceFile } from "@/db/queries/partnerships";
import { authorize } from "@/lib/auth/authorize";
import { actorOf } from "@/lib/domain/audit/audit-event";
import { can } from "@/lib/domain/auth/can";
import type { Viewer } from "@/lib/domain/auth/roles";
import { AppError } from "@/lib/errors";
import { storeDocument } from "@/lib/images/process-upload";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import { PARTNER_MESSAGES } from "@/lib/services/partners/messages";
import { fileStorage } from "@/lib/storage";

/**
 * Stores an evidence file (content-sniffed and decoded PDF/JPEG/PNG ≤ 10 MB, as certification documents)
 * under `partnerships/<id>/`, readable only by the two sides and the province's admins. Either side of the
 * partnership may add one, in any status (evidence of finished work stays). Audited.
 */
export const uploadPartnershipEvidence = async (viewer: Viewer | null, input: { partnershipId: string; bytes: Uint8Array; note?: string }) => {
  const p = await findPartnership(db, input.partnershipId);
  if (!p) throw new AppError("not_found", PARTNER_MESSAGES.partnershipNotFound);
  authorize(viewer, "partnership.read", { businessId: p.businessId, partnerId: p.partnerId, regionId: p.provinceId });
  if (!can(viewer, "partnership.end", { businessId: p.businessId, partnerId: p.partnerId })) throw new AppError("forbidden");
  const stored = await storeDocument(fileStorage(), `partnerships/${p.id}`, input.bytes);
  try {
    return await db.transaction(async (tx) => {
      const file = await insertEvidenceFile(tx, { partnershipId: p.id, storageKey: stored.key, contentType: stored.contentType, note: input.note ?? null, uploadedBy: viewer.userId });
      await appendAuditEvent(tx, { actor: actorOf(viewer), action: "partnership.evidence_added", entity: "partnership", entityId: p.id, data: { fileId: file.id, key: stored.key, contentType: stored.contentType } });
      return { id: file.id, key: stored.key, contentType: stored.contentType, uploadedAt: file.uploadedAt };
    });
  } catch (error) {
    // The row never landed: the file must not stay behind unreferenced.
    await fileStorage().delete(stored.key).catch(() => undefined);
    throw error;
  }
};
