"use server";

import { decideCertificate } from "@/lib/services/businesses/decide-certificate";
import { submitCertificate } from "@/lib/services/businesses/submit-certificate";
import { parseInput } from "@/lib/validation/messages";
import { submitCertificateSchema } from "@/lib/validation/mitra";
import { backWithProblem, plainAction } from "../plain-action";
import { formObject, textField } from "../to-form-state";
import { MITRA_REVALIDATE } from "./back-to";

const SELLER = "/penjual/sertifikat";
const QUEUE = "/admin/sertifikat";

export const submitCertificateAction = plainAction({
  input: async (formData, { locale }) => {
    const { document: _file, ...fields } = formObject(formData);
    const file = formData.get("document");
    return {
      ...parseInput(submitCertificateSchema, fields, locale),
      businessId: textField(formData, "businessId"),
      document: file instanceof File && file.size > 0 ? new Uint8Array(await file.arrayBuffer()) : null,
    };
  },
  run: (viewer, input) => submitCertificate(viewer, input),
  revalidate: MITRA_REVALIDATE,
  redirect: () => `${SELLER}?terkirim=1`,
  onError: backWithProblem(SELLER),
});

export const decideCertificateAction = plainAction({
  input: (formData) => ({
    submissionId: textField(formData, "submissionId"),
    decision: textField(formData, "decision") === "reject" ? ("reject" as const) : ("verify" as const),
    reason: textField(formData, "reason") || undefined,
  }),
  run: (viewer, input) => decideCertificate(viewer, input),
  revalidate: MITRA_REVALIDATE,
  redirect: () => QUEUE,
  onError: backWithProblem(QUEUE),
});
