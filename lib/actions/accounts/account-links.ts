"use server";

import { headers } from "next/headers";
import { clientAddressOf } from "@/lib/api/client-address";
import { resendEmailVerification, verifyEmail } from "@/lib/services/accounts/email-verification";
import { confirmPasswordReset, requestPasswordReset } from "@/lib/services/accounts/password-reset";
import { AppError } from "@/lib/errors";
import { passwordResetConfirmSchema, passwordResetRequestSchema, verifyEmailSchema } from "@/lib/validation/accounts";
import { backWithProblem, plainAction } from "../plain-action";
import { textField } from "../to-form-state";

export const verifyEmailAction = plainAction({
  schema: verifyEmailSchema,
  run: (_viewer, input) => verifyEmail(input.token),
  redirect: () => "/verifikasi-email?selesai=1",
  onError: backWithProblem("/verifikasi-email"),
});

/** The resend button sits on several pages; it returns to the one it was pressed on. */
export const resendVerificationAction = plainAction({
  run: (viewer) => resendEmailVerification(viewer),
  redirect: (_r, _i, { formData }) => `${safeBack(textField(formData, "back"))}?terkirim=1`,
  onError: (error, ctx) => backWithProblem(safeBack(textField(ctx.formData, "back")))(error, ctx),
});

const safeBack = (path: string) => (/^\/[a-z0-9/-]*$/.test(path) ? path : "/akun/notifikasi");

export const requestPasswordResetAction = plainAction({
  schema: passwordResetRequestSchema,
  run: async (_viewer, input) => requestPasswordReset(input, { ip: clientAddressOf(await headers()) }),
  redirect: () => "/lupa-sandi?terkirim=1",
  onError: backWithProblem("/lupa-sandi"),
});

export const confirmPasswordResetAction = plainAction({
  input: (formData) => {
    if (String(formData.get("password") ?? "") !== String(formData.get("passwordConfirm") ?? "")) {
      throw new AppError("unprocessable", { id: "Kedua kata sandi tidak sama.", en: "The two passwords differ." }, [{ path: "passwordConfirm" }]);
    }
    return { token: textField(formData, "token"), password: String(formData.get("password") ?? "") };
  },
  schema: passwordResetConfirmSchema,
  run: (_viewer, input) => confirmPasswordReset(input),
  redirect: () => "/masuk?sandi=baru",
  onError: (error, { locale, formData }) =>
    `/atur-ulang-sandi?${new URLSearchParams({ token: textField(formData, "token"), galat: error.localized[locale] })}`,
});
