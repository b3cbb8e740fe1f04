import { buildRelease, ocidOf } from "./build-release";
import type { OcdsBuildContext, OcdsRequestRecord } from "./records";
import type { OcdsCompiledRelease, OcdsRecord, OcdsRelease } from "./release-types";
import { recordAsOf, stagesOf } from "./stages";

/**
 * Every release of one contracting process, oldest first: one per dated step (stages.ts), each the full
 * state of the process right after that step, under an id made of the ocid and the step's instant — so a
 * re-export publishes the same ids for the same steps and only adds releases for new ones.
 */
export const buildReleases = (request: OcdsRequestRecord, context: OcdsBuildContext): OcdsRelease[] => {
  const stages = stagesOf(request);
  return stages.map((stage, i) => buildRelease(recordAsOf(request, stage.at, i === stages.length - 1), stage, context));
};

/**
 * The compiled release: the current state. Each release is a full snapshot that only ever adds objects
 * (ids never disappear between steps), so merging them by the OCDS rules gives the last one; it keeps that
 * release's id and date and is tagged "compiled" (tests/unit/ocds-record.test.ts checks the merge).
 */
export const compileReleases = (releases: readonly OcdsRelease[]): OcdsCompiledRelease => {
  const last = releases.at(-1);
  if (!last) throw new RangeError("A compiled release needs at least one release");
  return { ...last, tag: ["compiled"] };
};

/** The URL of a release inside the release package that publishes it: the package URI + "#" + release id. */
export const releaseUrlOf = (releasePackageUri: string, releaseId: string) => `${releasePackageUri}#${encodeURIComponent(releaseId)}`;

/** A record: the process's releases linked into the release package, and the compiled release. */
export const buildRecord = (request: OcdsRequestRecord, context: OcdsBuildContext, releasePackageUri: string): OcdsRecord => {
  const releases = buildReleases(request, context);
  return {
    ocid: ocidOf(request.number, context.ocidPrefix),
    releases: releases.map((r) => ({ url: releaseUrlOf(releasePackageUri, r.id), date: r.date, tag: r.tag })),
    compiledRelease: compileReleases(releases),
  };
};
