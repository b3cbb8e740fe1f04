import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { db } from "@/db/client";
import { insertEvidence } from "@/db/queries/event-evidence";
import { findEventItem } from "@/db/queries/event-items";
import type { Viewer } from "@/lib/domain/auth/roles";
import { checkEvidence, MAX_EVIDENCE_BYTES, mayAttachEvidence } from "@/lib/domain/events/event-rules";
import { AppError, conflict } from "@/lib/errors";
import { assertDecodes, corruptUpload } from "@/lib/images/process-upload";
import { makeThumbnail } from "@/lib/images/decode-upload";
import { extensionFor, type SniffedType } from "@/lib/domain/files/sniff";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import { fileStorage } from "@/lib/storage";
import { loadEventFor } from "@/lib/services/events/event-access";
import { evidenceView } from "@/lib/services/events/views";
import { actorOf } from "@/lib/domain/audit/audit-event";
import type { EvidenceView } from "./types";
import { orNotFound } from "@/lib/services/or-not-found";

export const evidenceTooLarge = () =>
  new AppError(
    "payload_too_large",
    { id: `Berkas bukti terlalu besar (maks. ${MAX_EVIDENCE_BYTES / 1024 / 1024} MB).`, en: `Evidence file too large (max ${MAX_EVIDENCE_BYTES / 1024 / 1024} MB).` },
    { maxBytes: MAX_EVIDENCE_BYTES },
  );

const unsupported = () =>
  new AppError("unsupported_media_type", {
    id: "Bukti harus berupa foto (PNG, JPEG, WebP) atau PDF; jenisnya dibaca dari isi berkas, bukan dari namanya.",
    en: "Evidence must be a photo (PNG, JPEG, WebP) or a PDF; the type is read from the file's content, not its name.",
  });

/** A small WebP preview of an image (it decoded already, so a failure here is a file sharp half-accepts: 422); null for PDFs. */
const thumbnailOf = (bytes: Uint8Array, type: SniffedType) =>
  type === "application/pdf" ? null : makeThumbnail(bytes).catch(() => Promise.reject(corruptUpload("evidence", type)));

/**
 * Attaches a receipt or photo to an item. The type comes from the bytes (PNG/JPEG/WebP/PDF, else 415), at
 * most 10 MB (413), and the file must decode or parse as that type (422, nothing stored). While open any item takes evidence; after closing only items an amendment added (409).
 * The file is written before the row; if the transaction fails the files are removed again.
 */
export const attachEvidence = async (
  viewer: Viewer | null,
  eventId: string,
  itemId: string,
  file: { bytes: Uint8Array; name: string },
  now: Date = new Date(),
): Promise<EvidenceView> => {
  const written: string[] = [];
  try {
    return await db.transaction(async (tx) => {
      const { event, viewer: buyer } = await loadEventFor(tx, viewer, "event.write", eventId, { forUpdate: true });
      const item = await findEventItem(tx, { eventId: event.id, itemId });
      if (!item) throw new AppError("not_found");
      const check = checkEvidence(file.bytes);
      if (!check.ok) throw check.reason === "too_large" ? evidenceTooLarge() : unsupported();
      await assertDecodes(file.bytes, check.type, "evidence");
      if (!mayAttachEvidence(event, { addedByAmendmentId: item.addedByAmendmentId, voided: item.voidedByAmendmentId !== null })) {
        throw conflict(
          event.status === "closed" ? "event_closed" : "item_voided",
          item.voidedByAmendmentId !== null
            ? { id: "Item ini sudah dibatalkan oleh amandemen.", en: "This item was voided by an amendment." }
            : {
                id: "Kegiatan ini sudah ditutup: bukti hanya dapat ditambahkan ke item yang ditambahkan lewat amandemen.",
                en: "This event is closed: evidence can only be added to items added by an amendment.",
              },
        );
      }
      const id = randomUUID();
      const prefix = `events/${event.id}/${item.id}/${id}`;
      const storageKey = `${prefix}.${extensionFor(check.type)}`;
      const thumb = await thumbnailOf(file.bytes, check.type);
      await fileStorage().put(storageKey, file.bytes, check.type);
      written.push(storageKey);
      const thumbnailKey = thumb ? `${prefix}-thumb.webp` : null;
      if (thumb && thumbnailKey) {
        await fileStorage().put(thumbnailKey, thumb, "image/webp");
        written.push(thumbnailKey);
      }
      const sha256 = createHash("sha256").update(file.bytes).digest("hex");
      const originalName = (file.name || `bukti.${extensionFor(check.type)}`).slice(0, 200);
      const evidence = orNotFound(
        await insertEvidence(tx, { eventId: event.id, opdId: event.opdId }, {
          id, itemId: item.id, storageKey, thumbnailKey, contentType: check.type, sizeBytes: file.bytes.length, sha256, originalName,
          uploadedBy: buyer.userId, uploadedAt: now,
        }),
      );
      await appendAuditEvent(tx, {
        actor: actorOf(buyer),
        action: "event.evidence_attached",
        entity: "event",
        entityId: event.id,
        data: { itemId: item.id, evidenceId: id, contentType: check.type, sizeBytes: file.bytes.length, sha256, originalName },
        at: now,
      });
      return evidenceView(event.id, evidence);
    });
  } catch (error) {
    await Promise.allSettled(written.map((k) => fileStorage().delete(k)));
    throw error;
  }
};
