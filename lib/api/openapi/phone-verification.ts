import { z } from "zod";
import { requestPhoneCodeSchema, verifyPhoneCodeSchema } from "@/lib/validation/notifications";
import { errorResponse, jsonResponse, jsonSchema, type OpenApiFeature } from "./registry";

const tags = ["Notifications"];
const signedIn = { "401": errorResponse("Not signed in.") };

export const phoneCodeSentSchema = z.object({
  phoneMasked: z.string().describe("The number, E.164, partly hidden."),
  verified: z.boolean().describe("True when this number was already verified: no code was sent."),
  codeSent: z.boolean(),
  expiresAt: z.string().datetime().nullable().describe("When the code stops working (10 minutes)."),
});

export const phoneVerifiedSchema = z.object({ phoneMasked: z.string(), verified: z.literal(true), verifiedAt: z.string().datetime() });

/** The caller's WhatsApp number and its proof by a 6-digit code (issue 12). */
export const phoneVerificationFeature: OpenApiFeature = {
  schemas: { PhoneCodeSent: jsonSchema(phoneCodeSentSchema), PhoneVerified: jsonSchema(phoneVerifiedSchema) },
  paths: {
    "/api/v1/me/phone": {
      post: {
        tags,
        operationId: "requestPhoneVerification",
        summary: "Set the caller's WhatsApp number and send it a 6-digit code",
        description:
          "Accepts 08…, 62… or +62… (spaces and dashes allowed) and keeps it as E.164. A number other than the one on file replaces it and clears its verification and WhatsApp consent. The code works 10 minutes, once, for 5 tries; at most 3 codes per hour. In development without WHATSAPP_TOKEN the message appears at /dev/surat.",
        requestBody: { required: true, content: { "application/json": { schema: jsonSchema(requestPhoneCodeSchema, "input") } } },
        responses: {
          "202": jsonResponse("The code is on its way (or the number was already verified).", "PhoneCodeSent"),
          ...signedIn,
          "422": errorResponse("Not an Indonesian mobile number, or WhatsApp is not available on this platform (`whatsapp_unavailable`)."),
          "429": errorResponse("Three codes were sent within the hour; `details.retryAt` says when the next may be."),
          "503": errorResponse("The WhatsApp service did not accept the message; try again later."),
        },
      },
    },
    "/api/v1/me/phone/verify": {
      post: {
        tags,
        operationId: "confirmPhoneVerification",
        summary: "Prove the caller's WhatsApp number with the code it received",
        requestBody: { required: true, content: { "application/json": { schema: jsonSchema(verifyPhoneCodeSchema, "input") } } },
        responses: {
          "200": jsonResponse("The number is verified.", "PhoneVerified"),
          "400": errorResponse("The code is wrong (`code_wrong`, with `attemptsLeft`), used (`code_used`), expired (`code_expired`), tried 5 times (`code_too_many_attempts`) or never sent (`code_missing`)."),
          ...signedIn,
          "422": errorResponse("The body is not 6 digits."),
        },
      },
    },
  },
};
