/**
 * The OCID prefix. OCDS prefixes are registered with the Open Contracting Partnership ("ocds-" + 6
 * characters); this one is a placeholder until the region registers its own, and should become a setting
 * (e.g. OCDS_PREFIX in lib/env.ts) so another region running Pasar UMK publishes under its own prefix.
 */
export const DEFAULT_OCID_PREFIX = "ocds-pumk01";

export const OCDS_VERSION = "1.1" as const;

export const OCDS_PUBLISHER_NAME = "Pasar UMK — Pemerintah Provinsi NTB";

/**
 * The publisher is the provincial government, identified by its Kemendagri/BPS region code (52 = NTB):
 * org-id.guide lists no Indonesian government register, so the scheme is our own label.
 */
export const OCDS_PUBLISHER_SCHEME = "ID-KODE-WILAYAH";
export const OCDS_PUBLISHER_UID = "52";

/** The section of the public /transparansi page that states the publication policy. */
export const OCDS_PUBLICATION_POLICY_ANCHOR = "data-terbuka";

/** Open data under CC BY 4.0 (an Open Definition conformant licence, as OCDS recommends). */
export const OCDS_LICENSE_URL = "https://creativecommons.org/licenses/by/4.0/";

const extension = (repository: string) => `https://raw.githubusercontent.com/open-contracting-extensions/${repository}/master/extension.json`;

/** The Organization scale extension (parties[].details.scale). */
export const PARTY_SCALE_EXTENSION_URL = extension("ocds_partyDetails_scale_extension");
/** Techniques: tender.techniques (framework agreement called off directly) and tender.competitive. */
export const TECHNIQUES_EXTENSION_URL = extension("ocds_techniques_extension");
/** Submission terms: tender.submissionTerms.electronicCatalogPolicy (offers are catalogue listings). */
export const SUBMISSION_TERMS_EXTENSION_URL = extension("ocds_submissionTerms_extension");

/** Declared in every package we publish, in this order. */
export const OCDS_EXTENSIONS = [PARTY_SCALE_EXTENSION_URL, TECHNIQUES_EXTENSION_URL, SUBMISSION_TERMS_EXTENSION_URL] as const;

/**
 * NIB is Indonesia's single business number (OSS). org-id.guide has no Indonesian NIB list yet, so the
 * scheme is our own label; consumers still get the number itself in identifier.id.
 */
export const NIB_IDENTIFIER_SCHEME = "ID-NIB";

/** An OPD's code is unique within its region: the scheme names the region (BPS code), the id is the OPD code. */
export const opdIdentifierScheme = (regionCode: string) => `ID-OPD-${regionCode}`;

/** Items: the Pasar UMK catalogue category (slug), and the seller's KBLI 2020 business activity (UNSPSC in ./unspsc.ts). */
export const CATEGORY_CLASSIFICATION_SCHEME = "X-PASAR-UMK-KATEGORI";
export const KBLI_CLASSIFICATION_SCHEME = "KBLI-2020";
