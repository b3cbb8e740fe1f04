import "server-only";
import { db } from "@/db/client";
import { countOrdersAwaitingPayment } from "@/db/queries/invoices";
import { countSubmittedRequestsAwaiting } from "@/db/queries/purchase-requests";
import { opdsWhere } from "@/lib/auth/scopes";
import type { Viewer } from "@/lib/domain/auth/roles";

/** What waits for the viewer; null where they hold no such role (the header then shows no count). */
export type WaitingWork = { approvals: number | null; payments: number | null };

/**
 * The counts shown beside "Persetujuan" and "Pembayaran" in the header and on those pages' headings: requests
 * of the PPK's OPDs awaiting a decision (their own excluded: no one approves their own request) and orders of
 * the treasurer's OPDs with an open invoice. Scoped by can() through opdsWhere, so nothing outside the
 * viewer's offices is counted; with no such office there is nothing to count and no query runs.
 */
export const countWaitingWork = async (viewer: Viewer): Promise<WaitingWork> => {
  const approverOpds = opdsWhere(viewer, "purchase_request.approve");
  const treasurerOpds = opdsWhere(viewer, "payment.record");
  const [approvals, payments] = await Promise.all([
    approverOpds.length > 0 ? countSubmittedRequestsAwaiting(db, { opdIds: approverOpds, deciderId: viewer.userId }) : null,
    treasurerOpds.length > 0 ? countOrdersAwaitingPayment(db, treasurerOpds) : null,
  ]);
  return { approvals, payments };
};
