import { z } from "zod";
import { accountNumberIssue, BANK_CODES, normalizeAccountNumber } from "@/lib/domain/business/bank-account";
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

// A payout bank account: a bank from the domain list, digits only (separators dropped) of that bank's
// length, and the holder's name. Flat fields named like the columns, so form inputs and error paths match.
const accountNumberField = z.preprocess(
  (v) => (typeof v === "string" ? normalizeAccountNumber(v) : v),
  z.string({ error: "account_number" }).min(1, { error: "account_number" }),
);
const bankAccountShape = {
  payoutBankCode: z.enum(BANK_CODES, { error: "bank" }),
  payoutAccountNumber: accountNumberField,
  payoutAccountName: trimmed("account_holder", 2, 120),
};

type PayoutFields = { payoutBankCode?: string; payoutAccountNumber?: string; payoutAccountName?: string };

const refineAccountNumber = (v: PayoutFields, ctx: z.RefinementCtx) => {
  if (v.payoutBankCode === undefined || v.payoutAccountNumber === undefined) return;
  const issue = accountNumberIssue(v.payoutBankCode, v.payoutAccountNumber);
  if (issue) ctx.addIssue({ code: "custom", path: ["payoutAccountNumber"], message: issue === "not_digits" ? "account_number" : "account_number_length" });
};

/** Seller settings: the whole account, every field required. */
export const bankAccountSchema = z.object(bankAccountShape).superRefine(refineAccountNumber);
export type BankAccountInput = z.infer<typeof bankAccountSchema>;

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const optionalPayoutShape = {
  payoutBankCode: z.preprocess(blankToUndefined, bankAccountShape.payoutBankCode.optional()),
  payoutAccountNumber: z.preprocess(blankToUndefined, accountNumberField.optional()),
  payoutAccountName: z.preprocess(blankToUndefined, bankAccountShape.payoutAccountName.optional()),
};

/**
 * At registration the account is optional (a seller may add it later in Pengaturan), but all or nothing:
 * three empty fields mean "not yet", one or two are a mistake.
 */
const refineOptionalAccount = (v: PayoutFields, ctx: z.RefinementCtx) => {
  const given = (["payoutBankCode", "payoutAccountNumber", "payoutAccountName"] as const).filter((k) => v[k] !== undefined);
  if (given.length === 0) return;
  for (const k of ["payoutBankCode", "payoutAccountNumber", "payoutAccountName"] as const) {
    if (v[k] === undefined) ctx.addIssue({ code: "custom", path: [k], message: "payout_account_incomplete" });
  }
  refineAccountNumber(v, ctx);
};

/** The account a (parsed) registration carries, or null when it was left empty. */
export const payoutAccountOf = (input: PayoutFields): BankAccountInput | null =>
  input.payoutBankCode && input.payoutAccountNumber && input.payoutAccountName
    ? { payoutBankCode: input.payoutBankCode as BankAccountInput["payoutBankCode"], payoutAccountNumber: input.payoutAccountNumber, payoutAccountName: input.payoutAccountName }
    : null;

/** Capital excludes land and buildings (PP 7/2021); both in whole rupiah. */
export const financeStepSchema = z
  .object({
    capitalIdr: wholeNumber("money", 0, 1e15),
    annualTurnoverIdr: wholeNumber("money", 0, 1e15),
    ...optionalPayoutShape,
  })
  .superRefine(refineOptionalAccount);

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
  .extend(certificationsStepSchema.shape)
  .superRefine(refineOptionalAccount);

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
