import { z } from "zod";
import { DEFAULT_OCID_PREFIX, PARTY_SCALE_EXTENSION_URL } from "@/lib/domain/ocds/constants";
import { releasePackageQuerySchema } from "@/lib/services/ocds/release-package-query";
import { errorResponse, jsonSchema, queryParameters, ref, type OpenApiFeature } from "./registry";

// Open data (OCDS 1.1) endpoints. The OCDS release schema is the real contract; the shape below documents
// what Pasar UMK fills in, for readers of this API's document.

const value = z.object({ amount: z.number().int().describe("Whole rupiah: Rp 150.000 → 150000."), currency: z.literal("IDR") });
const organizationReference = z.object({ id: z.string().describe("An id in `parties`."), name: z.string() });
const item = z.object({ id: z.string().describe("The request line id."), description: z.string(), quantity: z.number().int(), unit: z.object({ value }) });

const release = z.object({
  ocid: z.string().describe(`\`${DEFAULT_OCID_PREFIX}-\` + the purchase request number, e.g. ${DEFAULT_OCID_PREFIX}-PP/2026/DISPAR/000012.`),
  id: z.string().describe("ocid + the instant of the last change: a new id whenever the process changes."),
  date: z.string().describe("The last change (ISO 8601, UTC)."),
  tag: z.array(z.enum(["tender", "award", "awardCancellation", "contract", "implementation", "contractTermination"])),
  initiationType: z.literal("tender"),
  language: z.literal("id"),
  parties: z.array(
    z.object({
      id: z.string().describe("`opd-<OPD code>` or `nib-<NIB>`."),
      name: z.string(),
      identifier: z.object({ scheme: z.string().optional().describe("ID-NIB for businesses."), id: z.string(), legalName: z.string() }).optional(),
      address: z.object({ locality: z.string().optional(), region: z.string().optional(), countryName: z.string() }).optional(),
      roles: z.array(z.enum(["buyer", "procuringEntity", "payer", "supplier", "tenderer", "payee"])),
      details: z
        .object({ scale: z.enum(["micro", "small", "medium", "large"]) })
        .optional()
        .describe("partyScale extension, from the seller snapshot on the request line: mikro → micro, kecil → small, menengah → medium, besar → large."),
    }),
  ),
  buyer: organizationReference.describe("The OPD whose budget pays."),
  planning: z.object({ budget: z.object({ id: z.string().describe("Kode rekening of the budget line."), description: z.string() }) }),
  tender: z
    .object({
      id: z.string(), title: z.string(), description: z.string(), status: z.enum(["active", "complete", "cancelled"]),
      procuringEntity: organizationReference, items: z.array(item), value,
      procurementMethod: z.literal("direct"), procurementMethodDetails: z.string(),
      procurementMethodRationale: z.string().optional().describe("Present when the request was bought under a UMK-rule justification."),
      mainProcurementCategory: z.literal("goods"), tenderers: z.array(organizationReference), numberOfTenderers: z.number().int(),
    })
    .describe("The purchase request (direct procurement)."),
  awards: z
    .array(z.object({
      id: z.string().describe("The order id."), title: z.string(), status: z.enum(["active", "cancelled", "unsuccessful"]),
      date: z.string(), value, suppliers: z.array(organizationReference), items: z.array(item),
    }))
    .describe("One per order, i.e. per chosen UMK seller; a seller's decline is `unsuccessful`, a PPK cancellation `cancelled`."),
  contracts: z
    .array(z.object({
      id: z.string().describe("Surat Pesanan number, e.g. SP/2026/DISPAR/000123."), awardID: z.string(), title: z.string(), description: z.string(),
      status: z.enum(["pending", "active", "cancelled", "terminated"]).describe("placed → pending, accepted…paid → active, closed → terminated, declined/cancelled → cancelled."),
      value, dateSigned: z.string().describe("When the order was placed (the PPK signs the Surat Pesanan on approval)."), items: z.array(item),
      implementation: z.object({
        milestones: z.array(z.object({
          id: z.string().describe("BAST number."), title: z.string(), description: z.string(), type: z.literal("delivery"), status: z.literal("met"),
          dateMet: z.string(), dateModified: z.string(),
        })).describe("One per BAST."),
        transactions: z.array(z.object({ id: z.string(), date: z.string(), value, payer: organizationReference, payee: organizationReference }))
          .describe("One per succeeded payment (OPD → seller); a refund adds a transaction `<payment id>-refund` from the seller back to the OPD."),
      }),
    }))
    .describe("One per order: the Surat Pesanan is the contract in e-purchasing (Perpres 16/2018 art. 28)."),
});

const releasePackage = z.object({
  uri: z.string().describe("This endpoint for this fiscal year."),
  version: z.literal("1.1"),
  extensions: z.array(z.string()).describe(`Declares the partyScale extension: ${PARTY_SCALE_EXTENSION_URL}`),
  publishedDate: z.string().describe("When this package was generated."),
  publisher: z.object({ name: z.string() }),
  releases: z.array(release).min(1),
});

const parameters = queryParameters(releasePackageQuerySchema).map((p) => (p.name === "fiscalYear" ? { ...p, required: true } : p));

export const ocdsFeature: OpenApiFeature = {
  tags: [
    {
      name: "Open data",
      description:
        "Public procurement data in the Open Contracting Data Standard (OCDS 1.1) with the Organization scale (partyScale) extension. No sign-in needed.",
    },
  ],
  schemas: { OcdsReleasePackage: jsonSchema(releasePackage) },
  paths: {
    "/api/v1/ocds/release-package": {
      get: {
        tags: ["Open data"],
        operationId: "getOcdsReleasePackage",
        summary: "OCDS 1.1 release package of a fiscal year (public)",
        description:
          "One release per purchase request whose orders were placed in the fiscal year (the WITA calendar year of the PPK's approval, when orders are placed), describing its current state: request → tender, order → award + contract (Surat Pesanan), BAST → delivery milestone, payment → transaction. Sellers carry their NIB and the scale snapshotted when the request was submitted. Validates against the OCDS 1.1 release-package and release schemas. `download=1` answers with `Content-Disposition: attachment`.",
        externalDocs: { description: "OCDS 1.1 release schema", url: "https://standard.open-contracting.org/1.1/en/schema/release/" },
        security: [],
        parameters,
        responses: {
          "200": {
            description: "The release package.",
            headers: { "Content-Disposition": { description: "`attachment; filename=\"ocds-pasar-umk-YYYY.json\"` when download=1.", schema: { type: "string" } } },
            content: { "application/json": { schema: ref("OcdsReleasePackage") } },
          },
          "400": errorResponse("fiscalYear missing, not four digits, or outside 2000–2100; or download not 0/1."),
          "404": errorResponse("No order was placed in that fiscal year (an OCDS package needs at least one release)."),
        },
      },
    },
  },
};
