import "server-only";
import { db } from "@/db/client";
import { findEvidence } from "@/db/queries/event-evidence";
import type { Viewer } from "@/lib/domain/auth/roles";
import { AppError } from "@/lib/errors";
import { fileStorage } from "@/lib/storage";
import { loadEventFor } from "@/lib/services/events/event-access";

/** An evidence file (or its thumbnail) for a viewer who may read the event; never public. */
export const readEvidenceFile = async (
  viewer: Viewer | null,
  params: { eventId: string; itemId: string; evidenceId: string; variant?: "original" | "thumbnail" },
): Promise<{ bytes: Uint8Array; contentType: string; fileName: string }> => {
  const { event } = await loadEventFor(db, viewer, "event.read", params.eventId);
  const evidence = await findEvidence(db, { eventId: event.id, itemId: params.itemId, evidenceId: params.evidenceId });
  if (!evidence) throw new AppError("not_found");
  const thumbnail = params.variant === "thumbnail" && evidence.thumbnailKey !== null;
  const file = await fileStorage().get(thumbnail ? evidence.thumbnailKey! : evidence.storageKey);
  if (!file) throw new AppError("not_found");
  return {
    bytes: file.bytes,
    contentType: thumbnail ? "image/webp" : evidence.contentType,
    fileName: thumbnail ? evidence.originalName.replace(/\.[^.]*$/, "") + "-thumb.webp" : evidence.originalName,
  };
};
