// The subset of OCDS 1.1 that Pasar UMK publishes, with the extensions it declares (partyScale, techniques,
// submissionTerms). Field names are OCDS's. Optional fields are left out rather than published empty: the
// builder never writes an empty array or object (analysts' tools read "[]" as "known to be none").

export type OcdsValue = { amount: number; currency: "IDR" };

export type OcdsOrganizationReference = { id: string; name: string };

export type OcdsPartyRole = "buyer" | "procuringEntity" | "payer" | "supplier" | "payee";

/** partyScale extension codes; PP 7/2021 scales map onto micro/small/medium/large. */
export type OcdsPartyScale = "micro" | "sme" | "small" | "medium" | "large" | "selfEmployed";

export type OcdsIdentifier = { scheme: string; id: string; legalName: string; uri?: string };

export type OcdsParty = {
  id: string;
  name: string;
  identifier: OcdsIdentifier;
  address: { locality?: string; region: string; countryName: string };
  roles: OcdsPartyRole[];
  details?: { scale: OcdsPartyScale };
};

export type OcdsClassification = { scheme: string; id: string; description: string };

export type OcdsItem = {
  id: string;
  description: string;
  classification: OcdsClassification;
  additionalClassifications?: OcdsClassification[];
  quantity: number;
  unit: { name: string; value: OcdsValue };
};

export type OcdsPeriod = { startDate?: string; endDate?: string };

/** documentType from the open OCDS documentType codelist. */
export type OcdsDocumentType = "contractSigned" | "completionCertificate" | "financialProgressReport" | "physicalProgressReport";

export type OcdsDocument = {
  id: string;
  documentType: OcdsDocumentType;
  title: string;
  description: string;
  url: string;
  datePublished: string;
  format: "text/html";
  language: "id";
};

/** milestoneType codelist (open) and milestoneStatus (closed). */
export type OcdsMilestoneType = "approval" | "delivery" | "financing";
export type OcdsMilestoneStatus = "scheduled" | "met" | "notMet" | "partiallyMet";

export type OcdsMilestone = {
  id: string;
  title: string;
  description: string;
  type: OcdsMilestoneType;
  status: OcdsMilestoneStatus;
  dueDate?: string;
  dateMet?: string;
  dateModified: string;
  documents?: OcdsDocument[];
};

/** techniques extension: catalogue purchasing is a standing agreement called off directly. */
export type OcdsTechniques = {
  hasFrameworkAgreement: true;
  frameworkAgreement: { method: "withoutReopeningCompetition"; buyerCategories: string; description: string };
  hasDynamicPurchasingSystem: false;
  hasElectronicAuction: false;
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
  /** The request's decision period: from submission to the PPK's approval (or its due date while pending). */
  awardPeriod?: OcdsPeriod;
  milestones?: OcdsMilestone[];
  documents?: OcdsDocument[];
  /** techniques extension. */
  techniques: OcdsTechniques;
  /** techniques extension: a call-off without competition. */
  competitive: false;
  /** submissionTerms extension: sellers offer through catalogue listings only. */
  submissionTerms: { electronicCatalogPolicy: "required"; electronicSubmissionPolicy: "required" };
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

export type OcdsTransaction = {
  id: string;
  date: string;
  value: OcdsValue;
  payer: OcdsOrganizationReference;
  payee: OcdsOrganizationReference;
};

export type OcdsImplementation = { milestones?: OcdsMilestone[]; transactions?: OcdsTransaction[]; documents?: OcdsDocument[] };

export type OcdsContract = {
  id: string;
  awardID: string;
  title: string;
  description: string;
  status: "pending" | "active" | "cancelled" | "terminated";
  value: OcdsValue;
  dateSigned: string;
  period: OcdsPeriod;
  items: OcdsItem[];
  documents: OcdsDocument[];
  milestones: OcdsMilestone[];
  implementation?: OcdsImplementation;
};

export type OcdsReleaseTag =
  | "tender"
  | "award"
  | "awardUpdate"
  | "awardCancellation"
  | "contract"
  | "contractUpdate"
  | "implementation"
  | "implementationUpdate"
  | "contractTermination";

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
  awards?: OcdsAward[];
  contracts?: OcdsContract[];
};

export type OcdsCompiledRelease = Omit<OcdsRelease, "tag"> & { tag: ["compiled"] };

export type OcdsPublisher = { name: string; scheme: string; uid: string; uri: string };

/** What release and record packages share: everything but their releases / records. */
export type OcdsPackageMetadata = {
  uri: string;
  version: "1.1";
  extensions: string[];
  publishedDate: string;
  publisher: OcdsPublisher;
  license: string;
  publicationPolicy: string;
};

export type OcdsReleasePackage = OcdsPackageMetadata & { releases: OcdsRelease[] };

export type OcdsLinkedRelease = { url: string; date: string; tag: OcdsReleaseTag[] };

export type OcdsRecord = { ocid: string; releases: OcdsLinkedRelease[]; compiledRelease: OcdsCompiledRelease };

export type OcdsRecordPackage = OcdsPackageMetadata & { packages: string[]; records: OcdsRecord[] };
