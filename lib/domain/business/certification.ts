/** Certifications a UMK can hold; PIRT always expires (valid 5 years), the others may carry a date. */
export const CERTIFICATION_KINDS = ["halal", "pirt", "bpom", "sni"] as const;
export type CertificationKind = (typeof CERTIFICATION_KINDS)[number];

export const certificationNeedsExpiry = (kind: CertificationKind) => kind === "pirt";

/** Pure: valid on `today` (YYYY-MM-DD, WITA) when it has no expiry or expires on/after today. */
export const isCertificationValid = (cert: { expiresOn: string | null }, today: string) =>
  cert.expiresOn === null || cert.expiresOn >= today;
