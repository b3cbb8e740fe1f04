"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { formObject, toFormState } from "@/components/seller/to-form-state";
import type { FormState } from "@/components/seller/form-state";
import { viewer } from "@/lib/auth/viewer";
import { AppError, type Locale } from "@/lib/errors";
import { submitApplication } from "@/lib/services/businesses/submit-application";
import { STEP_SCHEMAS } from "@/lib/validation/business";
import { parseInput } from "@/lib/validation/messages";
import { saveApplicationStep } from "@/lib/services/businesses/application";

const FIELD_STEPS = ["identity", "location", "finance"] as const;

/** Saves one of the plain field steps and moves on to the next step. */
export async function saveStepAction(_state: FormState, formData: FormData): Promise<FormState> {
  const locale = (await getLocale()) as Locale;
  let next: string;
  try {
    const step = FIELD_STEPS.find((s) => s === formData.get("step"));
    if (!step) throw new AppError("bad_request");
    const values = parseInput(STEP_SCHEMAS[step], formObject(formData), locale);
    next = (await saveApplicationStep(await viewer(), step, values)).nextStep;
  } catch (error) {
    return toFormState(error, locale, formData);
  }
  redirect(`/daftar-usaha?langkah=${next}`);
}

/** Submits the saved application: a pending business and the seller role, in one transaction. */
export async function submitApplicationAction(_state: FormState): Promise<FormState> {
  const locale = (await getLocale()) as Locale;
  try {
    await submitApplication(await viewer(), locale);
  } catch (error) {
    return toFormState(error, locale);
  }
  revalidatePath("/penjual");
  redirect("/penjual?terdaftar=1");
}
