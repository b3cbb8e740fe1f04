import { db } from "@/db/client";
import { authorize } from "@/lib/auth/authorize";
import type { Viewer } from "@/lib/domain/auth/roles";
import { verifyAuditChain } from "./verify-audit-chain";

/** Auditors and admins recompute the whole chain; the answer names the first broken link, if any. */
export const checkAuditChain = async (viewer: Viewer | null) => {
  authorize(viewer, "audit.verify");
  return verifyAuditChain(db);
};
