"use server";

import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { decideVerification } from "@/lib/services/businesses/decide-verification";
import { verificationDecisionSchema } from "@/lib/validation/business";
import { parseInput } from "@/lib/validation/messages";
import { formAction } from "../form-action";
import { formObject } from "../to-form-state";

const decisionTarget = z.object({ businessId: z.uuid(), decision: z.enum(["verify", "reject", "suspend", "reinstate"]) });

/** One verification decision from the admin queue; the service checks the admin's province. */
export const decideAction = formAction({
  input: (formData, { locale }) => {
    const values = formObject(formData);
    // A tampered target is a bad request; only the reason is the admin's to correct.
    const target = decisionTarget.safeParse(values);
    if (!target.success) throw new AppError("bad_request");
    return { ...target.data, ...parseInput(verificationDecisionSchema, { reason: values.reason }, locale) };
  },
  run: (viewer, input) => decideVerification(viewer, input),
  revalidate: ["/admin"],
  success: async () => ({ ok: true, message: (await getTranslations("sellerAdmin"))("done") }),
});
