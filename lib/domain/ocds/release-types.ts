// The subset of OCDS 1.1 (plus the partyScale extension) that Pasar UMK publishes. Field names are OCDS's.

export type OcdsValue = { amount: number; currency: "IDR" };

export type OcdsOrganizationReference = { id: string; name: string };

export type OcdsPartyRole = "buyer" | "procuringEntity" | "payer" | "supplier" | "tenderer" | "payee";

/** partyScale extension codes; PP 7/2021 scales map onto micro/small/medium/large. */
export type OcdsPartyScale = "micro" | "sme" | "small" | "medium" | "large" | "selfEmployed";

export type OcdsParty = {
  id: string;
  name: string;
  identifier?: { scheme?: string; id: string; legalName: string };
  address?: { locality?: string; region?: string; countryName: string };
  roles: OcdsPartyRole[];
  details?: { scale: OcdsPartyScale };
};

export type OcdsItem = {
  id: string;
  description: string;
  quantity: number;
  unit: { value: OcdsValue };
};

export type OcdsTender = {
  id: string;
  title: string;
  description: string;
  status: "active" | "complete" | "cancelled";
  procuringEntity: OcdsOrganizationReference;
  items: OcdsItem[];
  value: OcdsValue;
  procurementMethod: "direct";
  procurementMethodDetails: string;
  procurementMethodRationale?: string;
  mainProcurementCategory: "goods";
  tenderers: OcdsOrganizationReference[];
  numberOfTenderers: number;
};

export type OcdsAward = {
  id: string;
  title: string;
  status: "active" | "cancelled" | "unsuccessful";
  date: string;
  value: OcdsValue;
  suppliers: OcdsOrganizationReference[];
  items: OcdsItem[];
};

export type OcdsMilestone = {
  id: string;
  title: string;
  description: string;
  type: "delivery";
  status: "met";
  dateMet: string;
  dateModified: string;
};

export type OcdsTransaction = {
  id: string;
  date: string;
  value: OcdsValue;
  payer: OcdsOrganizationReference;
  payee: OcdsOrganizationReference;
};

export type OcdsContract = {
  id: string;
  awardID: string;
  title: string;
  description: string;
  status: "pending" | "active" | "cancelled" | "terminated";
  value: OcdsValue;
  dateSigned: string;
  items: OcdsItem[];
  implementation: { milestones: OcdsMilestone[]; transactions: OcdsTransaction[] };
};

export type OcdsReleaseTag = "tender" | "award" | "awardCancellation" | "contract" | "implementation" | "contractTermination";

export type OcdsRelease = {
  ocid: string;
  id: string;
  date: string;
  tag: OcdsReleaseTag[];
  initiationType: "tender";
  language: "id";
  parties: OcdsParty[];
  buyer: OcdsOrganizationReference;
  planning: { budget: { id: string; description: string } };
  tender: OcdsTender;
  awards: OcdsAward[];
  contracts: OcdsContract[];
};

export type OcdsReleasePackage = {
  uri: string;
  version: "1.1";
  extensions: string[];
  publishedDate: string;
  publisher: { name: string };
  releases: OcdsRelease[];
};
