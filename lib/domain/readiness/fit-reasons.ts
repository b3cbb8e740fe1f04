import type { CertificationKind } from "@/lib/domain/business/certification";
import { GAP_NAMES, type GapCode } from "./gaps";
import type { FitRefusal } from "./program-fit";

type Text = { id: string; en: string };

const CERT_NAMES: Record<CertificationKind, Text> = {
  halal: { id: "sertifikat halal", en: "a halal certificate" },
  pirt: { id: "izin PIRT", en: "a PIRT permit" },
  bpom: { id: "izin edar BPOM", en: "a BPOM registration" },
  sni: { id: "sertifikat SNI", en: "an SNI certificate" },
};

const FIXED: Record<"OTHER_KABUPATEN" | "NOT_VERIFIED" | "NOT_TARGETED" | "NOT_FOOD" | "NO_SEATS", Text> = {
  OTHER_KABUPATEN: { id: "Program ini untuk UMK di kabupaten/kota lain.", en: "This program is for UMKs in another kabupaten/kota." },
  NOT_VERIFIED: { id: "Usaha Anda harus terverifikasi dulu oleh Diskop.", en: "Your business must be verified by Diskop first." },
  NOT_TARGETED: { id: "Materi program ini bukan untuk kebutuhan usaha Anda saat ini.", en: "This program does not address your business's current needs." },
  NOT_FOOD: { id: "Program ini khusus untuk usaha makanan dan minuman.", en: "This program is only for food and drink businesses." },
  NO_SEATS: { id: "Kursi program ini sudah penuh.", en: "This program has no seats left." },
};

/**
 * Pure: one refusal in plain words for the seller (no internal code on screen). `HAS_GAP` names the gap the UMK
 * must close first; `MISSING_CERT`/`HAS_CERT` name the certificate.
 */
export const fitRefusalText = (reason: FitRefusal): Text => {
  if (reason in FIXED) return FIXED[reason as keyof typeof FIXED];
  const [kind, value] = reason.split(":") as [string, string];
  if (kind === "HAS_GAP") {
    const gap = GAP_NAMES[value as GapCode];
    return { id: `Selesaikan dulu: ${gap.id.toLowerCase()}.`, en: `Resolve this first: ${gap.en.toLowerCase()}.` };
  }
  const cert = CERT_NAMES[value as CertificationKind];
  if (kind === "MISSING_CERT") return { id: `Usaha Anda perlu memiliki ${cert.id} yang masih berlaku.`, en: `Your business needs ${cert.en} that is still valid.` };
  return { id: `Usaha Anda sudah memiliki ${cert.id}; program ini untuk yang belum.`, en: `Your business already has ${cert.en}; this program is for those without.` };
};
