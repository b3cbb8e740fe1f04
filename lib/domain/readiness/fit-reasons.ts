import type { CertificationKind } from "@/lib/domain/business/certification";
import { GAP_NAMES, type GapCode } from "./gaps";
import type { FitRefusal, ProgramForFit } from "./program-fit";

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
    return { id: `Selesaikan dulu kebutuhan ini: ${gap.id}.`, en: `Resolve this first: ${gap.en}.` };
  }
  const cert = CERT_NAMES[value as CertificationKind];
  if (kind === "MISSING_CERT") return { id: `Usaha Anda perlu memiliki ${cert.id} yang masih berlaku.`, en: `Your business needs ${cert.en} that is still valid.` };
  return { id: `Usaha Anda sudah memiliki ${cert.id}; program ini untuk yang belum.`, en: `Your business already has ${cert.en}; this program is for those without.` };
};

/** Pure: whom a program is for and what it asks first, in plain words, for the list and the detail page. */
export const describeProgramFit = (program: Pick<ProgramForFit, "prerequisites" | "target">): Text[] => {
  const lines: Text[] = [];
  const { anyOfGaps, foodKbliOnly, lacksCertificates = [] } = program.target;
  if (foodKbliOnly) lines.push({ id: "Untuk usaha makanan dan minuman.", en: "For food and drink businesses." });
  for (const kind of lacksCertificates) lines.push({ id: `Untuk usaha yang belum memiliki ${CERT_NAMES[kind].id}.`, en: `For businesses without ${CERT_NAMES[kind].en}.` });
  if (anyOfGaps.length > 0) {
    const names = anyOfGaps.map((g) => GAP_NAMES[g]);
    lines.push({ id: `Untuk usaha dengan kebutuhan: ${names.map((n) => n.id).join("; ")}.`, en: `For businesses that need help with: ${names.map((n) => n.en).join("; ")}.` });
  }
  if (program.prerequisites.requiresVerified) lines.push({ id: "Syarat: usaha sudah terverifikasi.", en: "Requires: a verified business." });
  for (const kind of program.prerequisites.requiresCertificates ?? []) lines.push({ id: `Syarat: memiliki ${CERT_NAMES[kind].id} yang masih berlaku.`, en: `Requires: ${CERT_NAMES[kind].en} that is still valid.` });
  for (const gap of program.prerequisites.mustNotHave) lines.push({ id: `Syarat: sudah menyelesaikan "${GAP_NAMES[gap].id}".`, en: `Requires: "${GAP_NAMES[gap].en}" resolved.` });
  return lines;
};
