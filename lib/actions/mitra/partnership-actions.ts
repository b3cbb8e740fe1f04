"use server";

import { AppError } from "@/lib/errors";
import { changePartnershipStatus } from "@/lib/services/partnerships/change-partnership-status";
import { PARTNER_MESSAGES } from "@/lib/services/partners/messages";
import { uploadPartnershipEvidence } from "@/lib/services/partnerships/upload-partnership-evidence";
import { plainAction, backWithProblem } from "../plain-action";
import { textField } from "../to-form-state";
import { backOf, MITRA_REVALIDATE } from "./back-to";
import type { ActionContext } from "../steps";

const EVENTS = ["accept", "decline", "end"] as const;
const backTo = {
  revalidate: MITRA_REVALIDATE,
  redirect: (_r: unknown, _i: unknown, ctx: ActionContext) => backOf(ctx.formData),
  onError: (error: AppError, ctx: ActionContext) => backWithProblem(backOf(ctx.formData))(error, ctx),
};

export const changePartnershipAction = plainAction({
  input: (formData) => {
    const event = EVENTS.find((e) => e === textField(formData, "event"));
    if (!event) throw new AppError("bad_request");
    return { partnershipId: textField(formData, "partnershipId"), event };
  },
  run: (viewer, input) => changePartnershipStatus(viewer, input),
  ...backTo,
});

export const uploadPartnershipEvidenceAction = plainAction({
  input: async (formData) => {
    const file = formData.get("file");
    if (!(file instanceof File) || file.size === 0) throw new AppError("unprocessable", PARTNER_MESSAGES.evidenceRequired);
    return { partnershipId: textField(formData, "partnershipId"), note: textField(formData, "note") || undefined, bytes: new Uint8Array(await file.arrayBuffer()) };
  },
  run: (viewer, input) => uploadPartnershipEvidence(viewer, input),
  ...backTo,
});
