import { z } from "zod";
import { CERTIFICATION_KINDS } from "@/lib/domain/business/certification";
import { trimmed, uuidField, wholeNumber } from "./messages";

export const identityStepSchema = z.object({
  legalName: trimmed("legal_name", 2, 200),
  nib: z.string({ error: "nib_format" }).trim().regex(/^[0-9]{13}$/, { error: "nib_format" }),
  kbli: z.string({ error: "kbli_format" }).trim().regex(/^[0-9]{5}$/, { error: "kbli_format" }),
  ownerName: trimmed("owner_name", 2, 120),
});

export const locationStepSchema = z.object({
  regionId: uuidField("region"),
  address: trimmed("address", 5, 500),
});

/** Capital excludes land and buildings (PP 7/2021); both in whole rupiah. */
export const financeStepSchema = z.object({
  capitalIdr: wholeNumber("money", 0, 1e15),
  annualTurnoverIdr: wholeNumber("money", 0, 1e15),
});

export const certificationSchema = z
  .object({
    kind: z.enum(CERTIFICATION_KINDS, { error: "required" }),
    number: trimmed("cert_number", 1, 100),
    expiresOn: z.preprocess(
      (v) => (v === "" || v === null ? undefined : v),
      z.string({ error: "date" }).regex(/^\d{4}-\d{2}-\d{2}$/, { error: "date" }).optional(),
    ),
    documentKey: z.string().max(300).optional(),
  })
  .refine((c) => c.kind !== "pirt" || c.expiresOn !== undefined, { error: "cert_expiry", path: ["expiresOn"] });

export const certificationsStepSchema = z.object({
  certifications: z.array(certificationSchema).max(8).default([]),
});

/** The whole registration, as the wizard submits it and as `POST /api/v1/businesses` accepts it. */
export const registerBusinessSchema = identityStepSchema
  .extend(locationStepSchema.shape)
  .extend(financeStepSchema.shape)
  .extend(certificationsStepSchema.shape);

export type IdentityStepInput = z.infer<typeof identityStepSchema>;
export type RegisterBusinessInput = z.infer<typeof registerBusinessSchema>;
export type CertificationInput = z.infer<typeof certificationSchema>;

export const STEP_SCHEMAS = {
  identity: identityStepSchema,
  location: locationStepSchema,
  finance: financeStepSchema,
  certifications: certificationsStepSchema,
} as const;

export const verificationDecisionSchema = z.object({
  reason: z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), trimmed("reason", 5, 1000).optional()),
});
export const reasonRequiredSchema = z.object({ reason: trimmed("reason", 5, 1000) });

export const signUpSchema = z.object({
  name: trimmed("name", 2, 120),
  email: z.string({ error: "email" }).trim().toLowerCase().email({ error: "email" }).max(200, { error: "email" }),
  password: z.string({ error: "password" }).min(10, { error: "password" }).max(200, { error: "password" }),
});
export type SignUpInput = z.infer<typeof signUpSchema>;
