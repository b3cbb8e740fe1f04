export type RegionKind = "provinsi" | "kabupaten" | "kota";

export type RegionSeed = { code: string; name: string; kind: RegionKind; parentCode: string | null };

/** BPS code of the province every demo account and OPD belongs to. */
export const NTB_CODE = "52";

/** Nusa Tenggara Barat and its 8 kabupaten + 2 kota, with BPS codes. Parents come before children. */
export const NTB_REGIONS: readonly RegionSeed[] = [
  { code: "52", name: "Nusa Tenggara Barat", kind: "provinsi", parentCode: null },
  { code: "52.01", name: "Lombok Barat", kind: "kabupaten", parentCode: "52" },
  { code: "52.02", name: "Lombok Tengah", kind: "kabupaten", parentCode: "52" },
  { code: "52.03", name: "Lombok Timur", kind: "kabupaten", parentCode: "52" },
  { code: "52.04", name: "Sumbawa", kind: "kabupaten", parentCode: "52" },
  { code: "52.05", name: "Dompu", kind: "kabupaten", parentCode: "52" },
  { code: "52.06", name: "Bima", kind: "kabupaten", parentCode: "52" },
  { code: "52.07", name: "Sumbawa Barat", kind: "kabupaten", parentCode: "52" },
  { code: "52.08", name: "Lombok Utara", kind: "kabupaten", parentCode: "52" },
  { code: "52.71", name: "Kota Mataram", kind: "kota", parentCode: "52" },
  { code: "52.72", name: "Kota Bima", kind: "kota", parentCode: "52" },
];

/**
 * Origins outside NTB, for the handful of products a Mataram distributor brings in from Java; they make
 * the LOCAL_SELLER / is_local figures show something other than 100 %.
 */
export const OUTSIDE_REGIONS: readonly RegionSeed[] = [
  { code: "35", name: "Jawa Timur", kind: "provinsi", parentCode: null },
  { code: "35.78", name: "Kota Surabaya", kind: "kota", parentCode: "35" },
];

export const SURABAYA_CODE = "35.78";

export const ALL_REGIONS: readonly RegionSeed[] = [...NTB_REGIONS, ...OUTSIDE_REGIONS];

/** Time zone of each region; Jawa Timur is on WIB. */
export const timeZoneOf = (code: string) => (code === "35" || code.startsWith("35.") ? "Asia/Jakarta" : "Asia/Makassar");
