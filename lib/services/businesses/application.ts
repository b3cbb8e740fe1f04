import "server-only";
import { db } from "@/db/client";
import { findApplication, upsertApplication } from "@/db/queries/business-applications";
import { isNibTaken } from "@/db/queries/businesses";
import { authorize } from "@/lib/auth/authorize";
import type { Viewer } from "@/lib/domain/auth/roles";
import { ONBOARDING_STEPS, resumeStep, stepIndex, type OnboardingStep } from "@/lib/domain/business/onboarding";
import { AppError } from "@/lib/errors";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import { STEP_SCHEMAS } from "@/lib/validation/business";
import { VALIDATION_MESSAGES } from "@/lib/validation/messages";

export const nibTakenError = () =>
  new AppError("conflict", VALIDATION_MESSAGES.nib_taken, [{ path: "nib", message: VALIDATION_MESSAGES.nib_taken.id }]);

const alreadySubmitted = () =>
  new AppError("conflict", {
    id: "Pendaftaran usaha Anda sudah dikirim dan sedang diperiksa.",
    en: "Your business registration was already submitted and is being reviewed.",
  });

/** Which steps of the saved data are complete (each step re-validated against its schema). */
export const completedSteps = (data: Record<string, unknown>): Set<OnboardingStep> =>
  new Set(
    (Object.keys(STEP_SCHEMAS) as Array<keyof typeof STEP_SCHEMAS>).filter((step) => STEP_SCHEMAS[step].safeParse(data).success),
  );

export type ApplicationState = {
  step: OnboardingStep;
  data: Record<string, unknown>;
  completed: Set<OnboardingStep>;
  submittedAt: Date | null;
  businessId: string | null;
};

/** The caller's wizard state; a new applicant starts at the first step. */
export const getApplication = async (viewer: Viewer | null): Promise<ApplicationState> => {
  authorize(viewer, "business.register");
  const row = await findApplication(db, { userId: viewer.userId });
  const data = row?.data ?? {};
  const completed = completedSteps(data);
  return {
    step: resumeStep(row?.step ?? 1, completed),
    data,
    completed,
    submittedAt: row?.submittedAt ?? null,
    businessId: row?.businessId ?? null,
  };
};

/**
 * Saves one wizard step (already parsed by the step's schema) and moves the resume point to the next
 * step. The NIB step checks the NIB is free now; the unique constraint decides again at submit.
 */
export const saveApplicationStep = async (viewer: Viewer | null, step: Exclude<OnboardingStep, "review">, values: Record<string, unknown>) => {
  authorize(viewer, "business.register");
  return db.transaction(async (tx) => {
    const current = await findApplication(tx, { userId: viewer.userId, forUpdate: true });
    if (current?.submittedAt) throw alreadySubmitted();
    // A resubmitting seller keeps their own NIB; any other holder makes it taken.
    if (step === "identity" && (await isNibTaken(tx, String(values.nib), current?.businessId))) throw nibTakenError();
    const data = { ...(current?.data ?? {}), ...values };
    const next = Math.min(stepIndex(step) + 1, ONBOARDING_STEPS.length);
    await upsertApplication(tx, { userId: viewer.userId, step: Math.max(current?.step ?? 1, next), data });
    // Field names only: the draft is the applicant's own until submitted, the audit trail records the step.
    await appendAuditEvent(tx, {
      actor: { id: viewer.userId, label: viewer.email },
      action: "business_application.step_saved",
      entity: "user",
      entityId: viewer.userId,
      data: { step, fields: Object.keys(values).sort() },
    });
    return { nextStep: ONBOARDING_STEPS[next - 1]! };
  });
};

export { alreadySubmitted };
