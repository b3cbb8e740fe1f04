import "server-only";
import { db } from "@/db/client";
import { listOcdsRequestRecords } from "@/db/queries/ocds";
import { buildRelease } from "@/lib/domain/ocds/build-release";
import { buildReleasePackage } from "@/lib/domain/ocds/build-release-package";
import { DEFAULT_OCID_PREFIX } from "@/lib/domain/ocds/constants";
import { env } from "@/lib/env";
import type { OcdsRequestRecord } from "@/lib/domain/ocds/records";
import type { OcdsReleasePackage } from "@/lib/domain/ocds/release-types";
import { witaMidnight } from "@/lib/domain/time/wita";
import { AppError } from "@/lib/errors";

/**
 * The public OCDS 1.1 release package of a fiscal year: one release per purchase request whose orders were
 * placed in that WITA year, read in one repeatable-read snapshot. Public data, so no viewer is needed; it
 * publishes only OPDs and businesses (NIB, name, scale), never people. A year without any order is a 404,
 * because a release package must hold at least one release.
 */
export const getReleasePackage = async (
  input: { fiscalYear: number; uri: string },
  now: Date = new Date(),
): Promise<OcdsReleasePackage> => {
  const scope = { from: witaMidnight(`${input.fiscalYear}-01-01`), to: witaMidnight(`${input.fiscalYear + 1}-01-01`) };
  // Typed here: the rows db/ reads must be what the pure builder expects (db/ does not import lib/domain).
  const records: OcdsRequestRecord[] = await db.transaction((tx) => listOcdsRequestRecords(tx, scope), {
    isolationLevel: "repeatable read",
    accessMode: "read only",
  });
  if (records.length === 0) {
    throw new AppError(
      "not_found",
      {
        id: `Belum ada pesanan pada tahun anggaran ${input.fiscalYear} untuk diterbitkan.`,
        en: `There are no orders in fiscal year ${input.fiscalYear} to publish yet.`,
      },
      { fiscalYear: input.fiscalYear },
    );
  }
  return buildReleasePackage({
    uri: input.uri,
    publishedAt: now,
    releases: records.map((record) => buildRelease(record, { ocidPrefix: env().OCDS_PREFIX ?? DEFAULT_OCID_PREFIX })),
  });
};
