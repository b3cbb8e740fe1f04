import { OCDS_PUBLISHER_NAME, OCDS_VERSION, PARTY_SCALE_EXTENSION_URL } from "./constants";
import type { OcdsRelease, OcdsReleasePackage } from "./release-types";

/**
 * Wraps releases in an OCDS 1.1 release package. The package schema needs at least one release, so an
 * empty list is refused here rather than published invalid.
 */
export const buildReleasePackage = (input: { uri: string; publishedAt: Date; releases: OcdsRelease[] }): OcdsReleasePackage => {
  if (input.releases.length === 0) throw new RangeError("An OCDS release package needs at least one release");
  return {
    uri: input.uri,
    version: OCDS_VERSION,
    extensions: [PARTY_SCALE_EXTENSION_URL],
    publishedDate: input.publishedAt.toISOString(),
    publisher: { name: OCDS_PUBLISHER_NAME },
    releases: input.releases,
  };
};
