/** Certifications a UMK can hold; PIRT always expires (valid 5 years), the others may carry a date. */
export const CERTIFICATION_KINDS = ["halal", "pirt", "bpom", "sni"] as const;
export type CertificationKind = (typeof CERTIFICATION_KINDS)[number];

export const certificationNeedsExpiry = (kind: CertificationKind) => kind === "pirt";

/** Pure: valid on `today` (YYYY-MM-DD, WITA) when it has no expiry or expires on/after today. */
export const isCertificationValid = (cert: { expiresOn: string | null }, today: string) =>
  cert.expiresOn === null || cert.expiresOn >= today;

/** KBLI 2020: 10 food manufacturing, 11 beverages, 56 food and beverage service. */
export const isFoodKbli = (kbli: string) => /^(10|11|56)\d{3}$/.test(kbli);

/** Cosmetics (20232) and pharmaceuticals/traditional medicine (21…): BPOM registers these too (NA, TR). */
const isBpomNonFoodKbli = (kbli: string) => /^(20232|21\d{3})$/.test(kbli);

/**
 * Pure: the certificates a business of this KBLI may hold. PIRT (SPP-IRT) is a permit for home-industry food
 * only, so only food businesses (KBLI 10/11/56) get it; BPOM for food, cosmetics and medicine; halal
 * (UU 33/2014 covers food, drink, cosmetics, medicine and everyday goods) and SNI for any business.
 */
export const certificateKindsFor = (kbli: string): CertificationKind[] =>
  CERTIFICATION_KINDS.filter((kind) => {
    if (kind === "pirt") return isFoodKbli(kbli);
    if (kind === "bpom") return isFoodKbli(kbli) || isBpomNonFoodKbli(kbli);
    return true;
  });

/** The certificates of a registration its KBLI does not allow, with their position in the list. */
export const certificationsNotForKbli = (kbli: string, certifications: ReadonlyArray<{ kind: CertificationKind }>) => {
  const allowed = new Set(certificateKindsFor(kbli));
  return certifications.flatMap((c, index) => (allowed.has(c.kind) ? [] : [{ index, kind: c.kind }]));
};
