"use server";

import { confirmPhoneVerification, requestPhoneVerification } from "@/lib/services/notifications/verify-phone";
import { requestPhoneCodeSchema, verifyPhoneCodeSchema } from "@/lib/validation/notifications";
import { backWithProblem, plainAction } from "../plain-action";
import { textField } from "../to-form-state";

const PREFERENCES = "/akun/notifikasi";

export const requestPhoneCodeAction = plainAction({
  input: (formData) => ({ phone: textField(formData, "phone") }),
  schema: requestPhoneCodeSchema,
  run: (viewer, input) => requestPhoneVerification(viewer, input),
  revalidate: [PREFERENCES],
  redirect: (sent) => `${PREFERENCES}?${sent.codeSent ? "kode=terkirim" : "nomor=terverifikasi"}#nomor-whatsapp`,
  onError: backWithProblem(PREFERENCES),
});

export const confirmPhoneCodeAction = plainAction({
  input: (formData) => ({ code: textField(formData, "code") }),
  schema: verifyPhoneCodeSchema,
  run: (viewer, input) => confirmPhoneVerification(viewer, input),
  revalidate: [PREFERENCES],
  redirect: () => `${PREFERENCES}?nomor=terverifikasi#nomor-whatsapp`,
  onError: backWithProblem(PREFERENCES),
});
