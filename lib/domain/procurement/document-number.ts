/** Kinds of numbered documents, each with its own gap-free yearly counter per OPD. */
export const DOCUMENT_KINDS = {
  purchaseRequest: "PP", // Permintaan Pembelian
  suratPesanan: "SP",
  bast: "BAST",
  invoice: "INV", // Tagihan: one per BAST
} as const;

export type DocumentKind = (typeof DOCUMENT_KINDS)[keyof typeof DOCUMENT_KINDS];

/** "Diskop UKM" → "DISKOPUKM", "Biro PBJ" → "BIROPBJ": the OPD's code inside a document number. */
export const opdDocumentCode = (shortName: string) => shortName.toUpperCase().replace(/[^A-Z0-9]/g, "") || "OPD";

/** The counter key: one sequence per kind and OPD (and year, kept in its own column). */
export const counterKey = (kind: DocumentKind, opdShortName: string) => `${kind}/${opdDocumentCode(opdShortName)}`;

/** `SP/2026/DISPAR/000123`: kind, fiscal year (WITA), OPD, six-digit sequence. */
export const formatDocumentNumber = (kind: DocumentKind, year: number, opdShortName: string, sequence: number) => {
  if (!Number.isInteger(sequence) || sequence < 1) throw new RangeError(`Bad document sequence ${sequence}`);
  return `${kind}/${year}/${opdDocumentCode(opdShortName)}/${String(sequence).padStart(6, "0")}`;
};

const NUMBER_PATTERN = /^(PP|SP|BAST|INV)\/(\d{4})\/([A-Z0-9]+)\/(\d{6,})$/;

export const parseDocumentNumber = (value: string) => {
  const match = NUMBER_PATTERN.exec(value);
  if (!match) return null;
  return { kind: match[1] as DocumentKind, year: Number(match[2]), opdCode: match[3]!, sequence: Number(match[4]) };
};
