import { z } from "zod";
import { passwordResetConfirmSchema, passwordResetRequestSchema, verifyEmailSchema } from "@/lib/validation/accounts";
import { errorResponse, jsonSchema, type OpenApiFeature } from "./registry";

const tags = ["Accounts"];
const body = (schema: z.ZodType) => ({ required: true, content: { "application/json": { schema: jsonSchema(schema, "input") } } });
const ok = (description: string, schema: z.ZodType) => ({ description, content: { "application/json": { schema: jsonSchema(schema) } } });
const badToken = errorResponse("The link's token is unknown, used (`token_used`) or expired (`token_expired`), in `error.details`.");

export const accountsFeature: OpenApiFeature = {
  tags: [{ name: "Accounts", description: "Email verification and password reset by single-use mailed links." }],
  paths: {
    "/api/v1/auth/password-reset": {
      post: {
        tags,
        operationId: "requestPasswordReset",
        summary: "Mail a password reset link (60 minutes, single use)",
        description: "Always 202 with the same body, whether or not the address has an account.",
        security: [],
        requestBody: body(passwordResetRequestSchema),
        responses: { "202": ok("Accepted.", z.object({ accepted: z.literal(true) })), "422": errorResponse("Not an email address."), "429": errorResponse("Too many requests; see Retry-After.") },
      },
    },
    "/api/v1/auth/password-reset/confirm": {
      post: {
        tags,
        operationId: "confirmPasswordReset",
        summary: "Set a new password with a reset link's token",
        description: "Every other session of the account ends.",
        security: [],
        requestBody: body(passwordResetConfirmSchema),
        responses: { "200": ok("Password set.", z.object({ ok: z.literal(true) })), "400": badToken, "422": errorResponse("Password shorter than 10 characters.") },
      },
    },
    "/api/v1/auth/verify-email": {
      post: {
        tags,
        operationId: "verifyEmail",
        summary: "Confirm an email address with the verification link's token",
        security: [],
        requestBody: body(verifyEmailSchema),
        responses: { "200": ok("Verified.", z.object({ verified: z.literal(true) })), "400": badToken },
      },
    },
    "/api/v1/auth/verify-email/resend": {
      post: {
        tags,
        operationId: "resendEmailVerification",
        summary: "Mail a fresh verification link to the caller's unverified address",
        responses: {
          "202": ok("Sent.", z.object({ sent: z.literal(true) })),
          "401": errorResponse("Not signed in."),
          "409": errorResponse("Already verified."),
          "429": errorResponse("A link was sent less than a minute ago."),
        },
      },
    },
  },
};
