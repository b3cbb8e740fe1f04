import "server-only";
import { db } from "@/db/client";
import { findApplication, markApplicationSubmitted } from "@/db/queries/business-applications";
import { authorize } from "@/lib/auth/authorize";
import type { Viewer } from "@/lib/domain/auth/roles";
import type { Locale } from "@/lib/errors";
import { registerBusinessSchema, type RegisterBusinessInput } from "@/lib/validation/business";
import { parseInput } from "@/lib/validation/messages";
import { findUserVerification } from "@/db/queries/users";
import type { DbOrTx } from "@/db/client";
import { AppError } from "@/lib/errors";
import { alreadySubmitted } from "./application";

/**
 * A business goes to verification only from a verified address: the admin must be able to reach the applicant,
 * and a script cannot fill the queue from made-up addresses (422 `email_unverified`; the wizard keeps the data).
 */
const requireVerifiedEmail = async (tx: DbOrTx, userId: string) => {
  const user = await findUserVerification(tx, userId);
  if (!user?.emailVerifiedAt) {
    throw new AppError(
      "unprocessable",
      { id: "Konfirmasi alamat email Anda dulu (buka tautan di email dari kami); setelah itu pendaftaran usaha dapat dikirim.", en: "Confirm your email address first (open the link in our email); then the registration can be sent." },
      [{ path: "email", code: "email_unverified" }],
    );
  }
};
import { createPendingBusiness } from "./create-business";
import { resubmitRejectedBusiness } from "./resubmit-business";

/**
 * Turns the caller's saved wizard data into a pending business + seller membership + audit events, in one
 * transaction; the application row is locked so a double tap cannot submit twice. A reopened application
 * (after a rejection) resubmits its existing business instead.
 */
export const submitApplication = async (viewer: Viewer | null, locale: Locale = "id", now = new Date()) => {
  authorize(viewer, "business.register");
  return db.transaction(async (tx) => {
    const application = await findApplication(tx, { userId: viewer.userId, forUpdate: true });
    if (application?.submittedAt) throw alreadySubmitted();
    await requireVerifiedEmail(tx, viewer.userId);
    const input = parseInput(registerBusinessSchema, application?.data ?? {}, locale);
    const created = application?.businessId
      ? await resubmitRejectedBusiness(tx, viewer, application.businessId, input, now)
      : await createPendingBusiness(tx, viewer, input, now);
    await markApplicationSubmitted(tx, { userId: viewer.userId, businessId: created.businessId, at: now });
    return created;
  });
};

/**
 * The API's one-shot registration (no wizard): same rules, and the caller's application row, if any, is
 * closed so the wizard shows the submitted business.
 */
export const registerBusiness = async (viewer: Viewer | null, input: RegisterBusinessInput, now = new Date()) => {
  authorize(viewer, "business.register");
  return db.transaction(async (tx) => {
    const application = await findApplication(tx, { userId: viewer.userId, forUpdate: true });
    if (application?.submittedAt) throw alreadySubmitted();
    await requireVerifiedEmail(tx, viewer.userId);
    const created = await createPendingBusiness(tx, viewer, input, now);
    if (application) await markApplicationSubmitted(tx, { userId: viewer.userId, businessId: created.businessId, at: now });
    return created;
  });
};
