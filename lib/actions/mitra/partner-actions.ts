"use server";

import { addPartnerMember } from "@/lib/services/partners/add-partner-member";
import { registerPartner } from "@/lib/services/partners/register-partner";
import { verifyPartner } from "@/lib/services/partners/verify-partner";
import { addPartnerMemberSchema, registerPartnerSchema } from "@/lib/validation/mitra";
import { parseInput } from "@/lib/validation/messages";
import { backWithProblem, plainAction } from "../plain-action";
import { formObject, textField } from "../to-form-state";

const ADMIN_MITRA = "/admin/mitra";
const back = { revalidate: [ADMIN_MITRA, "/mitra"], redirect: () => ADMIN_MITRA, onError: backWithProblem(ADMIN_MITRA) };

export const registerPartnerAction = plainAction({
  schema: registerPartnerSchema,
  run: (viewer, input) => registerPartner(viewer, input),
  ...back,
});

export const verifyPartnerAction = plainAction({
  input: (formData) => ({ partnerId: textField(formData, "partnerId") }),
  run: (viewer, input) => verifyPartner(viewer, input),
  ...back,
});

export const addPartnerMemberAction = plainAction({
  input: (formData, { locale }) => ({ partnerId: textField(formData, "partnerId"), ...parseInput(addPartnerMemberSchema, formObject(formData), locale) }),
  run: (viewer, input) => addPartnerMember(viewer, input),
  ...back,
});
