import type { BusinessScale } from "@/lib/domain/business/scale";
import type { CompliancePolicy, JustificationCode } from "./policy";

export type RuleCode =
  | "UMK_ONLY"
  | "LOCAL_SELLER"
  | "VALUE_BAND"
  | "SPLIT_PACKAGE"
  | "SELLER_ROTATION"
  | "BUDGET_AVAILABLE"
  | "CARD_LIMIT"
  | "FOOD_PERMIT"
  | "EVENT_LOCAL_CONSUMPTION"
  | "UMK_SHARE_TARGET";

/**
 * block: cannot be submitted · justify: allowed only with a justification, then the approver weighs it ·
 * warning: shown to buyer, approver and auditor, changes nothing by itself.
 */
export type Severity = "block" | "justify" | "warning";

export type Finding = {
  rule: RuleCode;
  severity: Severity;
  params: Record<string, string | number | boolean | null>;
  message: { id: string; en: string };
};

export type Verdict = "allow" | "needs_justification" | "block";

export type ComplianceDecision = { verdict: Verdict; findings: Finding[]; policyVersion: number };

/** The seller as it stood when the line was added: what shares and audits are computed from. */
export type SellerSnapshot = {
  businessId: string;
  nib: string;
  name: string;
  scale: BusinessScale;
  isUmk: boolean;
  verificationStatus: "pending" | "verified" | "rejected" | "suspended";
  verifiedAt: string | null;
  kabupaten: string;
  provinceRegionId: string;
  certifications: Array<{ kind: "halal" | "pirt" | "bpom" | "sni"; expiresOn: string | null }>;
};

export type PurchaseLine = {
  productId: string;
  title: string;
  categorySlug: string;
  isFood: boolean;
  quantity: number;
  unitPriceIdr: number;
  seller: SellerSnapshot;
};

export type Justification = { code: JustificationCode; text: string };

export type PurchaseRequestDraft = { lines: PurchaseLine[]; justification?: Justification | null };

/** An earlier order of the same OPD (approved or later), with its value per category. */
export type PastOrder = { businessId: string; at: Date; lines: Array<{ categorySlug: string; amountIdr: number }> };

/** Everything the rules need besides the request itself, loaded by the service in its transaction. */
export type ComplianceContext = {
  now: Date;
  buyerProvinceRegionId: string;
  budget: { ceilingIdr: number; committedIdr: number; realizedIdr: number };
  /** The OPD's orders (approved and later), newest first; enough history for rotation and split windows. */
  opdOrders: PastOrder[];
  /** The OPD's fiscal-year spend so far (approved and later), from order-line snapshots. */
  opdYear: { totalIdr: number; umkIdr: number };
};

export type Rule = (request: PurchaseRequestDraft, context: ComplianceContext, policy: CompliancePolicy) => Finding[];
