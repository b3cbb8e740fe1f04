/**
 * The OCID prefix. OCDS prefixes are registered with the Open Contracting Partnership ("ocds-" + 6
 * characters); this one is a placeholder until the region registers its own, and should become a setting
 * (e.g. OCDS_PREFIX in lib/env.ts) so another region running Pasar UMK publishes under its own prefix.
 */
export const DEFAULT_OCID_PREFIX = "ocds-pumk01";

export const OCDS_VERSION = "1.1" as const;

export const OCDS_PUBLISHER_NAME = "Pasar UMK — Pemerintah Provinsi NTB";

/** The Organization scale extension (parties[].details.scale), declared in every package we publish. */
export const PARTY_SCALE_EXTENSION_URL =
  "https://raw.githubusercontent.com/open-contracting-extensions/ocds_partyDetails_scale_extension/master/extension.json";

/**
 * NIB is Indonesia's single business number (OSS). org-id.guide has no Indonesian NIB list yet, so the
 * scheme is our own label; consumers still get the number itself in identifier.id.
 */
export const NIB_IDENTIFIER_SCHEME = "ID-NIB";
