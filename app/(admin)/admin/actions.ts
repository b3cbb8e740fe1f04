"use server";

import { revalidatePath } from "next/cache";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { formObject, toFormState } from "@/components/seller/to-form-state";
import type { FormState } from "@/components/seller/form-state";
import { viewer } from "@/lib/auth/viewer";
import { AppError, type Locale } from "@/lib/errors";
import { decideVerification } from "@/lib/services/businesses/decide-verification";
import { verificationDecisionSchema } from "@/lib/validation/business";
import { parseInput } from "@/lib/validation/messages";

const decisionInput = z.object({ businessId: z.uuid(), decision: z.enum(["verify", "reject", "suspend", "reinstate"]) });

/** One verification decision from the admin queue; the service checks the admin's province. */
export async function decideAction(_state: FormState, formData: FormData): Promise<FormState> {
  const locale = (await getLocale()) as Locale;
  try {
    const values = formObject(formData);
    const target = decisionInput.safeParse(values);
    if (!target.success) throw new AppError("bad_request");
    const { reason } = parseInput(verificationDecisionSchema, { reason: values.reason }, locale);
    await decideVerification(await viewer(), { ...target.data, reason });
  } catch (error) {
    return toFormState(error, locale, formData);
  }
  revalidatePath("/admin");
  return { ok: true, message: (await getTranslations("sellerAdmin"))("done") };
}
