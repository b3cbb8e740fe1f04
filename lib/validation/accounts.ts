import { z } from "zod";
import { signUpSchema } from "./business";

export const passwordResetRequestSchema = z.object({ email: signUpSchema.shape.email });
export type PasswordResetRequestInput = z.infer<typeof passwordResetRequestSchema>;

export const accountTokenSchema = z.string({ error: "token" }).trim().min(20, { error: "token" }).max(200, { error: "token" });

export const passwordResetConfirmSchema = z.object({ token: accountTokenSchema, password: signUpSchema.shape.password });
export type PasswordResetConfirmInput = z.infer<typeof passwordResetConfirmSchema>;

export const verifyEmailSchema = z.object({ token: accountTokenSchema });
