"use server";

import { changePassword, setUserSuspended, signOutEverywhere } from "@/lib/services/accounts/sessions";
import { changePasswordSchema, suspendUserSchema } from "@/lib/validation/accounts";
import { backWithProblem, plainAction } from "../plain-action";
import { textField } from "../to-form-state";

const ACCOUNT = "/akun";
const USERS = "/admin/pengguna";

/** Every session ends, this one too: the next page is the sign-in page. */
export const signOutEverywhereAction = plainAction({
  run: (viewer) => signOutEverywhere(viewer),
  redirect: () => "/masuk?keluar=semua",
  onError: backWithProblem(ACCOUNT),
});

export const changePasswordAction = plainAction({
  input: (formData) => ({ currentPassword: String(formData.get("currentPassword") ?? ""), newPassword: String(formData.get("newPassword") ?? "") }),
  schema: changePasswordSchema,
  run: (viewer, input) => changePassword(viewer, input),
  redirect: () => "/masuk?sandi=baru",
  onError: backWithProblem(ACCOUNT),
});

export const setUserSuspendedAction = plainAction({
  input: (formData) => ({ reason: textField(formData, "reason") }),
  schema: suspendUserSchema,
  run: (viewer, input, { formData }) => setUserSuspended(viewer, { ...input, userId: textField(formData, "userId"), suspend: textField(formData, "suspend") === "1" }),
  revalidate: [USERS],
  redirect: (_r, _i, { formData }) => `${USERS}?q=${encodeURIComponent(textField(formData, "q"))}`,
  onError: backWithProblem(USERS),
});
