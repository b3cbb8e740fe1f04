import type { GapCode } from "./gaps";

export const PARTNER_KINDS = ["asosiasi", "perguruan_tinggi", "ngo", "plut", "rumah_bumn", "koperasi", "dinas"] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];

export const PARTNER_KIND_NAMES: Record<PartnerKind, { id: string; en: string }> = {
  asosiasi: { id: "Asosiasi pengusaha", en: "Business association" },
  perguruan_tinggi: { id: "Perguruan tinggi", en: "University" },
  ngo: { id: "LSM / NGO", en: "NGO" },
  plut: { id: "PLUT-KUMKM", en: "PLUT-KUMKM" },
  rumah_bumn: { id: "Rumah BUMN", en: "Rumah BUMN" },
  koperasi: { id: "Koperasi", en: "Cooperative" },
  dinas: { id: "Dinas teknis", en: "Technical agency (dinas)" },
};

export const PARTNERSHIP_TYPES = ["mentor", "offtaker", "certifier", "photo_packaging", "financier", "incubator"] as const;
export type PartnershipType = (typeof PARTNERSHIP_TYPES)[number];

export const PARTNERSHIP_TYPE_NAMES: Record<PartnershipType, { id: string; en: string }> = {
  mentor: { id: "Pendampingan (mentor)", en: "Mentor" },
  offtaker: { id: "Pembeli siaga (offtaker)", en: "Offtaker" },
  certifier: { id: "Pendamping sertifikasi (mis. halal P3H)", en: "Certifier (e.g. halal P3H)" },
  photo_packaging: { id: "Foto dan kemasan", en: "Photo and packaging" },
  financier: { id: "Pembiayaan", en: "Financier" },
  incubator: { id: "Inkubator", en: "Incubator" },
};

/** The kind of help that closes a gap, proposed to every member when a partner claims a batch of that gap. */
export const PARTNERSHIP_TYPE_FOR_GAP: Record<GapCode, PartnershipType> = {
  BUSINESS_NOT_VERIFIED: "mentor",
  FOOD_PERMIT_MISSING: "certifier",
  CERTIFICATE_EXPIRING: "certifier",
  PRODUCT_WITHOUT_PHOTO: "photo_packaging",
  LOW_LISTING_QUALITY: "photo_packaging",
  LATE_DELIVERIES: "mentor",
  BAST_SHORTFALL: "mentor",
  LOW_RATING: "mentor",
  NO_RECENT_ORDER: "offtaker",
  UNMET_DEMAND: "incubator",
};

/** What an admin may do next with a partner organization. */
export const partnerActions = (p: { verified: boolean }, viewer: { isRegionAdmin: boolean }) => ({
  verify: viewer.isRegionAdmin && !p.verified,
  addMember: viewer.isRegionAdmin && p.verified,
});
