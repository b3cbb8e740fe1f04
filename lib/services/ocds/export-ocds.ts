import "server-only";
import { db, type DbOrTx } from "@/db/client";
import { listHolidayDates } from "@/db/queries/holidays";
import { hasOcdsRequests, listOcdsRequestRecordPage, type FiscalYearScope } from "@/db/queries/ocds";
import { buildRecord, buildReleases } from "@/lib/domain/ocds/build-process";
import { packageMetadata } from "@/lib/domain/ocds/build-release-package";
import { DEFAULT_OCID_PREFIX } from "@/lib/domain/ocds/constants";
import { packageJsonChunks } from "@/lib/domain/ocds/package-writer";
import type { OcdsBuildContext, OcdsRequestRecord } from "@/lib/domain/ocds/records";
import type { OcdsRecord, OcdsRecordPackage, OcdsRelease, OcdsReleasePackage } from "@/lib/domain/ocds/release-types";
import { fiscalYearRange } from "@/lib/domain/time/wita";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { loadActivePolicy } from "@/lib/services/procurement/active-policy";
import { pullFromProducer } from "./transaction-stream";

/** Requests per page: a page's rows and its releases are all the export holds in memory at once. */
export const OCDS_PAGE_SIZE = 200;

export type OcdsExportInput = {
  fiscalYear: number;
  kind: "releases" | "records";
  /** This package's own URI. */
  uri: string;
  /** The release package of the same year (records link their releases into it). */
  releasePackageUri: string;
  /** The site's origin: documents and the publication policy link under it. */
  baseUrl: string;
  pageSize?: number;
};

const notFound = (fiscalYear: number) =>
  new AppError(
    "not_found",
    {
      id: `Belum ada pesanan pada tahun anggaran ${fiscalYear} untuk diterbitkan.`,
      en: `There are no orders in fiscal year ${fiscalYear} to publish yet.`,
    },
    { fiscalYear },
  );

/** Each region's payment clock and holidays, read once per region the export meets. */
const contextLoader = (tx: DbOrTx, now: Date) => {
  const byRegion = new Map<string, OcdsBuildContext>();
  const base = { ocidPrefix: env().OCDS_PREFIX ?? DEFAULT_OCID_PREFIX };
  return async (record: OcdsRequestRecord, baseUrl: string): Promise<OcdsBuildContext> => {
    let context = byRegion.get(record.opd.regionId);
    if (!context) {
      const { policy } = await loadActivePolicy(tx, record.opd.regionId, now);
      const holidays = await listHolidayDates(tx, record.opd.regionId);
      context = { ...base, baseUrl, maxDaysToPay: policy.rules.paymentClock.maxDaysToPay, holidays };
      byRegion.set(record.opd.regionId, context);
    }
    return context;
  };
};

/**
 * The public OCDS 1.1 release package (every release of every process) or record package (one record per
 * process: its releases linked into the release package, and the compiled release) of a fiscal year, as JSON
 * text in pieces. A process belongs to the WITA year its orders were placed in. All pages are read in one
 * repeatable-read, read-only transaction, so the export is one consistent moment however long it streams;
 * memory holds a page or two (OCDS_PAGE_SIZE requests), never the year. Public data: no viewer; it publishes
 * OPDs and businesses (NIB, name, scale, kabupaten), never people. A year without orders is a 404 (a package
 * needs at least one release), thrown before the first byte.
 */
export const streamOcdsPackage = async (input: OcdsExportInput, now: Date = new Date()): Promise<AsyncIterable<string>> => {
  const scope: FiscalYearScope = fiscalYearRange(input.fiscalYear);
  if (!(await hasOcdsRequests(db, scope))) throw notFound(input.fiscalYear);
  const limit = input.pageSize ?? OCDS_PAGE_SIZE;
  const head = packageMetadata({ uri: input.uri, publishedAt: now, baseUrl: input.baseUrl });
  const fullHead = input.kind === "records" ? { ...head, packages: [input.releasePackageUri] } : head;

  const pages = pullFromProducer<Array<OcdsRelease | OcdsRecord>>((push) =>
    db.transaction(
      async (tx) => {
        const contextOf = contextLoader(tx, now);
        let afterNumber: string | null = null;
        do {
          const page = await listOcdsRequestRecordPage(tx, scope, { afterNumber, limit });
          // Typed here: the rows db/ reads must be what the pure builder expects.
          const records: OcdsRequestRecord[] = page.records;
          const items: Array<OcdsRelease | OcdsRecord> = [];
          for (const record of records) {
            const context = await contextOf(record, input.baseUrl);
            if (input.kind === "records") items.push(buildRecord(record, context, input.releasePackageUri));
            else items.push(...buildReleases(record, context));
          }
          await push(items);
          afterNumber = page.nextAfter;
        } while (afterNumber !== null);
      },
      { isolationLevel: "repeatable read", accessMode: "read only" },
    ),
  );
  return packageJsonChunks(fullHead, input.kind, pages);
};

/** The whole package as one value, for callers that want an object (tests, small years). */
export const getOcdsPackage = async (input: OcdsExportInput, now: Date = new Date()): Promise<unknown> => {
  let text = "";
  for await (const chunk of await streamOcdsPackage(input, now)) text += chunk;
  return JSON.parse(text) as unknown;
};

export const getReleasePackage = async (input: Omit<OcdsExportInput, "kind">, now?: Date) =>
  (await getOcdsPackage({ ...input, kind: "releases" }, now)) as OcdsReleasePackage;

export const getRecordPackage = async (input: Omit<OcdsExportInput, "kind">, now?: Date) =>
  (await getOcdsPackage({ ...input, kind: "records" }, now)) as OcdsRecordPackage;
