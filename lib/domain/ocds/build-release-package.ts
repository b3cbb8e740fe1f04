import {
  OCDS_EXTENSIONS, OCDS_LICENSE_URL, OCDS_PUBLICATION_POLICY_ANCHOR, OCDS_PUBLISHER_NAME, OCDS_PUBLISHER_SCHEME, OCDS_PUBLISHER_UID, OCDS_VERSION,
} from "./constants";
import type { OcdsPackageMetadata, OcdsRecord, OcdsRecordPackage, OcdsRelease, OcdsReleasePackage } from "./release-types";

/**
 * The metadata both packages carry: version, the extensions the data uses, the publisher with its identifier,
 * the licence and the publication policy (the open-data section of the public transparency page).
 */
export const packageMetadata = (input: { uri: string; publishedAt: Date; baseUrl: string }): OcdsPackageMetadata => ({
  uri: input.uri,
  version: OCDS_VERSION,
  extensions: [...OCDS_EXTENSIONS],
  publishedDate: input.publishedAt.toISOString(),
  publisher: { name: OCDS_PUBLISHER_NAME, scheme: OCDS_PUBLISHER_SCHEME, uid: OCDS_PUBLISHER_UID, uri: new URL("/", input.baseUrl).toString() },
  license: OCDS_LICENSE_URL,
  publicationPolicy: new URL(`/transparansi#${OCDS_PUBLICATION_POLICY_ANCHOR}`, input.baseUrl).toString(),
});

/**
 * Wraps releases in an OCDS 1.1 release package. The package schema needs at least one release, so an
 * empty list is refused here rather than published invalid.
 */
export const buildReleasePackage = (input: { uri: string; publishedAt: Date; baseUrl: string; releases: OcdsRelease[] }): OcdsReleasePackage => {
  if (input.releases.length === 0) throw new RangeError("An OCDS release package needs at least one release");
  return { ...packageMetadata(input), releases: input.releases };
};

/** Wraps records in a record package naming the release package their releases link into. */
export const buildRecordPackage = (input: {
  uri: string;
  publishedAt: Date;
  baseUrl: string;
  releasePackageUri: string;
  records: OcdsRecord[];
}): OcdsRecordPackage => {
  if (input.records.length === 0) throw new RangeError("An OCDS record package needs at least one record");
  return { ...packageMetadata(input), packages: [input.releasePackageUri], records: input.records };
};
