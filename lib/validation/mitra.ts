import { z } from "zod";
import { GAP_CODES } from "@/lib/domain/readiness/gaps";
import { PARTNER_KINDS, PARTNERSHIP_TYPES } from "@/lib/domain/readiness/partners";
import { CERTIFICATION_KINDS } from "@/lib/domain/business/certification";

const optionalText = (max: number) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), z.string().trim().max(max).optional());
const optionalDate = z.preprocess((v) => (v === "" || v === null ? undefined : v), z.iso.date({ error: "Tanggal harus berformat YYYY-MM-DD." }).optional());

export const registerPartnerSchema = z.object({
  regionId: z.uuid(),
  name: z.string().trim().min(3, { error: "Nama mitra minimal 3 huruf." }).max(160),
  kind: z.enum(PARTNER_KINDS, { error: "Pilih jenis mitra." }),
});
export type RegisterPartnerInput = z.infer<typeof registerPartnerSchema>;

export const addPartnerMemberSchema = z.object({
  email: z.email({ error: "Alamat email tidak valid." }).transform((e) => e.toLowerCase()),
  name: z.string().trim().min(2, { error: "Nama minimal 2 huruf." }).max(120),
});
export type AddPartnerMemberInput = z.infer<typeof addPartnerMemberSchema>;

export const proposePartnershipSchema = z
  .object({
    businessId: z.uuid(),
    type: z.enum(PARTNERSHIP_TYPES, { error: "Pilih jenis kemitraan." }),
    startsOn: z.iso.date({ error: "Tanggal mulai harus berformat YYYY-MM-DD." }),
    endsOn: optionalDate,
    note: optionalText(2000),
  })
  .refine((v) => !v.endsOn || v.endsOn >= v.startsOn, { path: ["endsOn"], error: "Tanggal selesai tidak boleh sebelum tanggal mulai." });
export type ProposePartnershipInput = z.infer<typeof proposePartnershipSchema>;

export const gapFilterSchema = z.object({
  gapCode: z.enum(GAP_CODES, { error: "Pilih kesenjangan." }),
  kabupatenId: z.uuid({ error: "Pilih kabupaten/kota." }),
  categoryId: z.preprocess((v) => (v === "" || v === undefined ? null : v), z.uuid().nullable()),
});
export type GapFilterInput = z.infer<typeof gapFilterSchema>;

export const submitCertificateSchema = z.object({
  kind: z.enum(CERTIFICATION_KINDS, { error: "Pilih jenis sertifikat." }),
  number: z.string().trim().min(3, { error: "Nomor sertifikat minimal 3 karakter." }).max(80),
  expiresOn: optionalDate,
});
export type SubmitCertificateInput = z.infer<typeof submitCertificateSchema>;
