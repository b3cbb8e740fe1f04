import "server-only";
import { db } from "@/db/client";
import { insertPartner } from "@/db/queries/partners";
import { authorize } from "@/lib/auth/authorize";
import { actorOf } from "@/lib/domain/audit/audit-event";
import type { Viewer } from "@/lib/domain/auth/roles";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import type { RegisterPartnerInput } from "@/lib/validation/mitra";

/** Registers a partner organization in the admin's province, unverified until the admin verifies it. Audited. */
export const registerPartner = async (viewer: Viewer | null, input: RegisterPartnerInput) => {
  authorize(viewer, "partner.manage", { regionId: input.regionId });
  return db.transaction(async (tx) => {
    const { id } = await insertPartner(tx, input);
    await appendAuditEvent(tx, { actor: actorOf(viewer), action: "partner.registered", entity: "partner", entityId: id, data: { ...input } });
    return { id, verified: false };
  });
};
