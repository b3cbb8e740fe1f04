import { z } from "zod";
import { signUpSchema } from "./business";

export const passwordResetRequestSchema = z.object({ email: signUpSchema.shape.email });
export type PasswordResetRequestInput = z.infer<typeof passwordResetRequestSchema>;

export const accountTokenSchema = z.string({ error: "token" }).trim().min(20, { error: "token" }).max(200, { error: "token" });

export const passwordResetConfirmSchema = z.object({ token: accountTokenSchema, password: signUpSchema.shape.password });
export type PasswordResetConfirmInput = z.infer<typeof passwordResetConfirmSchema>;

export const verifyEmailSchema = z.object({ token: accountTokenSchema });

export const changePasswordSchema = z.object({
  currentPassword: z.string({ error: "password" }).min(1, { error: "password" }).max(200, { error: "password" }),
  newPassword: signUpSchema.shape.password,
});
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

export const suspendUserSchema = z.object({ reason: z.string({ error: "reason" }).trim().min(5, { error: "reason" }).max(1_000, { error: "reason" }) });
export type SuspendUserInput = z.infer<typeof suspendUserSchema>;
