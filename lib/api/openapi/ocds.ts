import { z } from "zod";
import { DEFAULT_OCID_PREFIX, OCDS_EXTENSIONS, OCDS_LICENSE_URL } from "@/lib/domain/ocds/constants";
import { releasePackageQuerySchema } from "@/lib/services/ocds/release-package-query";
import { errorResponse, jsonSchema, queryParameters, ref, type OpenApiFeature } from "./registry";

// Open data (OCDS 1.1) endpoints. The OCDS release schema with the declared extensions is the real contract;
// the shape below documents what Pasar UMK fills in, for readers of this API's document. Optional fields are
// left out when there is nothing to say: no array or object is ever published empty.

const value = z.object({ amount: z.number().int().describe("Whole rupiah: Rp 150.000 → 150000."), currency: z.literal("IDR") });
const organizationReference = z.object({ id: z.string().describe("An id in `parties`."), name: z.string() });
const classification = z.object({ scheme: z.string(), id: z.string(), description: z.string() });
const item = z.object({
  id: z.string().describe("The request line id."),
  description: z.string(),
  classification: classification.describe(
    "The UNSPSC segment of the item's catalogue category (scheme UNSPSC, e.g. 50000000); for a category without one, the catalogue category itself (scheme X-PASAR-UMK-KATEGORI, id the category slug).",
  ),
  additionalClassifications: z
    .array(classification)
    .optional()
    .describe("The catalogue category (scheme X-PASAR-UMK-KATEGORI, id the slug) when the main classification is UNSPSC, and the seller's KBLI 2020 business activity (scheme KBLI-2020)."),
  quantity: z.number().int(),
  unit: z.object({ name: z.string().describe("Unit of sale, e.g. lembar, botol."), value }),
});
const document = z.object({
  id: z.string(),
  documentType: z.enum(["contractSigned", "completionCertificate", "financialProgressReport", "physicalProgressReport"])
    .describe("Surat Pesanan → contractSigned, BAST → completionCertificate, invoice → financialProgressReport, kegiatan report → physicalProgressReport."),
  title: z.string(), description: z.string(),
  url: z.string().describe("The page showing the document (sign-in with a role that may see it)."),
  datePublished: z.string(), format: z.literal("text/html"), language: z.literal("id"),
});
const milestone = z.object({
  id: z.string(), title: z.string(), description: z.string(),
  type: z.enum(["approval", "delivery", "financing"]),
  status: z.enum(["scheduled", "met", "notMet", "partiallyMet"]),
  dueDate: z.string().optional(), dateMet: z.string().optional(), dateModified: z.string(),
  documents: z.array(document).optional(),
});
const period = z.object({ startDate: z.string().optional(), endDate: z.string().optional() });

const release = z.object({
  ocid: z.string().describe(`\`${DEFAULT_OCID_PREFIX}-\` + the purchase request number, e.g. ${DEFAULT_OCID_PREFIX}-PP/2026/DISPAR/000012.`),
  id: z.string().describe("ocid + the instant of the step this release publishes: the same step keeps the same id in every export."),
  date: z.string().describe("When that step happened (ISO 8601, UTC)."),
  tag: z.array(z.enum(["tender", "award", "awardUpdate", "awardCancellation", "contract", "contractUpdate", "implementation", "implementationUpdate", "contractTermination"]))
    .describe("submitted → tender; approved → award + contract; accepted → contractUpdate; declined → awardUpdate + contractUpdate; cancelled → awardCancellation + contractUpdate; shipped, BAST, invoice, payment → implementation; refund → implementationUpdate; closed → contractTermination."),
  initiationType: z.literal("tender"),
  language: z.literal("id"),
  parties: z.array(
    z.object({
      id: z.string().describe("`opd-<OPD code>` or `nib-<NIB>`."),
      name: z.string(),
      identifier: z.object({ scheme: z.string().describe("ID-OPD-<BPS region code> for OPDs, ID-NIB for businesses."), id: z.string(), legalName: z.string() }),
      address: z.object({ locality: z.string().optional().describe("Kabupaten/kota (the seller's, from the request-line snapshot)."), region: z.string().describe("Province."), countryName: z.string() }),
      roles: z.array(z.enum(["buyer", "procuringEntity", "payer", "supplier", "payee"])),
      details: z.object({ scale: z.enum(["micro", "small", "medium", "large"]) }).optional()
        .describe("partyScale extension, from the seller snapshot on the request line: mikro → micro, kecil → small, menengah → medium, besar → large."),
    }),
  ).describe("The OPD, and each seller once an order names it. A cart is not a bid: nobody is published as a tenderer."),
  buyer: organizationReference.describe("The OPD whose budget pays."),
  planning: z.object({ budget: z.object({ id: z.string().describe("Kode rekening of the budget line."), description: z.string() }) }),
  tender: z
    .object({
      id: z.string(), title: z.string(), description: z.string(), status: z.enum(["active", "complete", "cancelled"]),
      procuringEntity: organizationReference, items: z.array(item), value,
      procurementMethod: z.literal("direct"), procurementMethodDetails: z.string().describe("E-purchasing from the Pasar UMK electronic catalogue."),
      procurementMethodRationale: z.string().optional().describe("Present when the request was bought under a UMK-rule justification."),
      mainProcurementCategory: z.literal("goods"),
      awardPeriod: period.optional().describe("From submission to the PPK's approval."),
      milestones: z.array(milestone).optional().describe("Request submitted; PPK approval with its working-day due date."),
      documents: z.array(document).optional().describe("The kegiatan report, when the purchase serves a kegiatan."),
      techniques: z.object({
        hasFrameworkAgreement: z.literal(true),
        frameworkAgreement: z.object({ method: z.literal("withoutReopeningCompetition"), buyerCategories: z.string(), description: z.string() }),
        hasDynamicPurchasingSystem: z.literal(false), hasElectronicAuction: z.literal(false),
      }).describe("techniques extension: the catalogue is a standing agreement called off directly."),
      competitive: z.literal(false).describe("techniques extension: a direct call-off."),
      submissionTerms: z.object({ electronicCatalogPolicy: z.literal("required"), electronicSubmissionPolicy: z.literal("required") })
        .describe("submissionTerms extension: sellers offer only through catalogue listings."),
    })
    .describe("The purchase request: a direct call-off from the electronic catalogue."),
  awards: z
    .array(z.object({
      id: z.string().describe("The order id."), title: z.string(), status: z.enum(["active", "cancelled", "unsuccessful"]),
      date: z.string(), value, suppliers: z.array(organizationReference), items: z.array(item),
    }))
    .optional()
    .describe("One per order, i.e. per chosen UMK seller; a seller's decline is `unsuccessful`, a PPK cancellation `cancelled`. Absent before approval."),
  contracts: z
    .array(z.object({
      id: z.string().describe("Surat Pesanan number, e.g. SP/2026/DISPAR/000123."), awardID: z.string(), title: z.string(), description: z.string(),
      status: z.enum(["pending", "active", "cancelled", "terminated"]).describe("placed → pending, accepted…paid → active, closed → terminated, declined/cancelled → cancelled."),
      value, dateSigned: z.string().describe("When the order was placed (the PPK signs the Surat Pesanan on approval)."),
      period: period.describe("From the signature to the buyer's needed-by day (end of day WITA)."),
      items: z.array(item),
      documents: z.array(document).describe("The Surat Pesanan."),
      milestones: z.array(milestone).describe("Accepted by the seller, shipped, received in full (due: needed-by), paid (due: last BAST + the policy's payment days)."),
      implementation: z.object({
        milestones: z.array(milestone).optional().describe("One met delivery milestone per BAST, the BAST linked."),
        transactions: z.array(z.object({ id: z.string(), date: z.string(), value, payer: organizationReference, payee: organizationReference })).optional()
          .describe("One per succeeded payment (OPD → seller); a refund adds a transaction `<payment id>-refund` from the seller back to the OPD."),
        documents: z.array(document).optional().describe("The invoices."),
      }).optional(),
    }))
    .optional()
    .describe("One per order: the Surat Pesanan is the contract in e-purchasing (Perpres 16/2018 art. 28)."),
});

const metadata = {
  uri: z.string().describe("This endpoint for this fiscal year."),
  version: z.literal("1.1"),
  extensions: z.array(z.string()).describe(`The extensions used: ${OCDS_EXTENSIONS.join(", ")}`),
  publishedDate: z.string().describe("When this package was generated."),
  publisher: z.object({ name: z.string(), scheme: z.string(), uid: z.string().describe("Region code (52 = NTB)."), uri: z.string() }),
  license: z.string().describe(`The data licence: ${OCDS_LICENSE_URL}`),
  publicationPolicy: z.string().describe("The transparency page explaining what is published."),
};

const releasePackage = z.object({ ...metadata, releases: z.array(release).min(1).describe("Every release of every process of the year, each process's oldest first.") });

const compiledRelease = release.extend({ tag: z.tuple([z.literal("compiled")]) });
const recordPackage = z.object({
  ...metadata,
  packages: z.array(z.string()).describe("The release package of the same year, which the linked releases point into."),
  records: z.array(z.object({
    ocid: z.string(),
    releases: z.array(z.object({ url: z.string().describe("Release package URI + `#` + the release id (URL-encoded)."), date: z.string(), tag: release.shape.tag }))
      .describe("The process's releases, oldest first."),
    compiledRelease: compiledRelease.describe("The current state of the process (the merge of its releases)."),
  })).min(1),
});

const parameters = queryParameters(releasePackageQuerySchema).map((p) => (p.name === "fiscalYear" ? { ...p, required: true } : p));

const packageOperation = (input: { operationId: string; summary: string; description: string; schema: string; fileName: string }) => ({
  get: {
    tags: ["Open data"],
    operationId: input.operationId,
    summary: input.summary,
    description: `${input.description} The body is streamed page by page from one database snapshot, so a large year never sits in memory. \`download=1\` answers with \`Content-Disposition: attachment\`.`,
    externalDocs: { description: "OCDS 1.1 schema", url: "https://standard.open-contracting.org/1.1/en/schema/" },
    security: [],
    parameters,
    responses: {
      "200": {
        description: "The package.",
        headers: { "Content-Disposition": { description: `\`attachment; filename="${input.fileName}"\` when download=1.`, schema: { type: "string" } } },
        content: { "application/json": { schema: ref(input.schema) } },
      },
      "400": errorResponse("fiscalYear missing, not four digits, or outside 2000–2100; or download not 0/1."),
      "404": errorResponse("No order was placed in that fiscal year (an OCDS package needs at least one release)."),
    },
  },
});

export const ocdsFeature: OpenApiFeature = {
  tags: [
    {
      name: "Open data",
      description:
        "Public procurement data in the Open Contracting Data Standard (OCDS 1.1) with the partyScale, techniques and submissionTerms extensions. No sign-in needed.",
    },
  ],
  schemas: { OcdsReleasePackage: jsonSchema(releasePackage), OcdsRecordPackage: jsonSchema(recordPackage) },
  paths: {
    "/api/v1/ocds/release-package": packageOperation({
      operationId: "getOcdsReleasePackage",
      summary: "OCDS 1.1 release package of a fiscal year (public)",
      description:
        "Every release of every purchase request whose orders were placed in the fiscal year (the WITA calendar year of the PPK's approval): one release per step (submitted, approved, accepted/declined, shipped, each BAST and invoice, each payment or refund, closed), each the full state of the process right after that step, under an id that stays the same across exports. Request → tender (a direct call-off from the catalogue), order → award + contract (Surat Pesanan), BAST → delivery milestone, payment → transaction. Validates against the OCDS 1.1 release-package and release schemas with the declared extensions.",
      schema: "OcdsReleasePackage",
      fileName: "ocds-pasar-umk-YYYY.json",
    }),
    "/api/v1/ocds/record-package": packageOperation({
      operationId: "getOcdsRecordPackage",
      summary: "OCDS 1.1 record package of a fiscal year (public)",
      description:
        "One record per purchase request of the fiscal year: its releases linked into the release package of the same year, and the compiled release (the current state). Validates against the OCDS 1.1 record-package schema, the compiled releases against the release schema with the declared extensions.",
      schema: "OcdsRecordPackage",
      fileName: "ocds-pasar-umk-YYYY-records.json",
    }),
  },
};
