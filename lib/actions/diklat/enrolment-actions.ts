"use server";

import { requestEnrolment } from "@/lib/services/diklat/request-enrolment";
import { backWithProblem, plainAction } from "../plain-action";
import { textField } from "../to-form-state";

const idOf = (formData: FormData) => textField(formData, "programId");
const isRefusal = (details: unknown) => (details as { reason?: unknown } | null)?.reason === "program_does_not_fit";

/**
 * A seller's "Daftar" button. A refusal is stored with its reasons and the program that fits, so it goes back to
 * the program page, which shows both (a new query, so the page is rendered afresh rather than scrolled to its
 * anchor); any other problem comes back in `?galat=`.
 */
export const requestEnrolmentAction = plainAction({
  input: () => ({}),
  run: (viewer, _input, { formData }) => requestEnrolment(viewer, idOf(formData)),
  revalidate: (_r, _i, { formData }) => [`/diklat/${idOf(formData)}`, "/diklat"],
  redirect: (_r, _i, { formData }) => `/diklat/${idOf(formData)}?terdaftar=1`,
  onError: (error, ctx) => (isRefusal(error.details) ? `/diklat/${idOf(ctx.formData)}?ditolak=1#pendaftaran` : backWithProblem(`/diklat/${idOf(ctx.formData)}`)(error, ctx)),
});
