"use server";

import { AppError } from "@/lib/errors";
import { saveApplicationStep } from "@/lib/services/businesses/application";
import { reopenRejectedApplication } from "@/lib/services/businesses/reopen-application";
import { submitApplication } from "@/lib/services/businesses/submit-application";
import { STEP_SCHEMAS } from "@/lib/validation/business";
import { parseInput } from "@/lib/validation/messages";
import { formAction } from "../form-action";
import { plainAction } from "../plain-action";
import { formObject } from "../to-form-state";

const FIELD_STEPS = ["identity", "location", "finance"] as const;

/** Saves one of the plain field steps and moves on to the next step. */
export const saveStepAction = formAction({
  input: (formData, { locale }) => {
    const step = FIELD_STEPS.find((s) => s === formData.get("step"));
    if (!step) throw new AppError("bad_request");
    return { step, values: parseInput(STEP_SCHEMAS[step], formObject(formData), locale) };
  },
  run: (viewer, { step, values }) => saveApplicationStep(viewer, step, values),
  redirect: ({ nextStep }) => `/daftar-usaha?langkah=${nextStep}`,
});

/** Submits the saved application: a pending business and the seller role, in one transaction. */
export const submitApplicationAction = formAction({
  run: (viewer, _input, { locale }) => submitApplication(viewer, locale),
  revalidate: ["/penjual"],
  redirect: () => "/penjual?terdaftar=1",
  keepValues: false,
});

/** A rejected seller reopens their registration and continues in the wizard with their data filled in. */
export const reopenApplicationAction = plainAction({
  run: (viewer) => reopenRejectedApplication(viewer),
  redirect: () => "/daftar-usaha",
});
