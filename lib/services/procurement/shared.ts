import type { DbOrTx } from "@/db/client";
import { findBudgetLine } from "@/db/queries/budget-lines";
import { findOpd } from "@/db/queries/opds";
import { findActivePolicyRow } from "@/db/queries/policies";
import { type ProductForPurchase } from "@/db/queries/products";
import { listOpdOrderHistory, sumSpendByOpd } from "@/db/queries/spending";
import { compliancePolicySchema, DEFAULT_NTB_POLICY, type CompliancePolicy } from "@/lib/domain/compliance/policy";
import type { ComplianceContext, ComplianceDecision, Finding, PurchaseLine, SellerSnapshot } from "@/lib/domain/compliance/types";
import type { Viewer } from "@/lib/domain/auth/roles";
import { witaDate, witaMidnight, witaYear } from "@/lib/domain/time/wita";
import { AppError, type LocalizedMessage } from "@/lib/errors";
import type { AuditActor } from "@/lib/services/audit/append-audit-event";

// Helpers shared by the procurement operations (one operation per file lives next to this).

export const actorOf = (viewer: Viewer): AuditActor => ({ id: viewer.userId, label: viewer.email });

/** A policy version as the engine takes it, with the row id that requests store (null: built-in default). */
export type ActivePolicy = { id: string | null; policy: CompliancePolicy };

export const policyFromRow = (row: { version: number; effectiveFrom: string; rules: unknown }): CompliancePolicy =>
  compliancePolicySchema.parse({ version: row.version, effectiveFrom: row.effectiveFrom, rules: row.rules });

/** The region's policy in force at `at` (WITA date); the built-in NTB default when the region has none yet. */
export const loadActivePolicy = async (db: DbOrTx, regionId: string, at: Date): Promise<ActivePolicy> => {
  const row = await findActivePolicyRow(db, { regionId, onDate: witaDate(at) });
  return row ? { id: row.id, policy: policyFromRow(row) } : { id: null, policy: DEFAULT_NTB_POLICY };
};

/** [1 Jan 00:00 WITA, next 1 Jan 00:00 WITA): the fiscal year as instants. */
export const fiscalYearRange = (year: number) => ({ from: witaMidnight(`${year}-01-01`), to: witaMidnight(`${year + 1}-01-01`) });

export const sellerSnapshotOf = (p: ProductForPurchase): SellerSnapshot => ({
  businessId: p.businessId,
  nib: p.nib,
  name: p.businessName,
  scale: p.scale,
  isUmk: p.isUmk,
  verificationStatus: p.verificationStatus,
  verifiedAt: p.verifiedAt ? p.verifiedAt.toISOString() : null,
  kabupaten: p.kabupaten,
  provinceRegionId: p.provinceRegionId,
  certifications: p.certifications,
});

export const purchaseLineOf = (p: ProductForPurchase, quantity: number, unitPriceIdr = p.priceIdr): PurchaseLine => ({
  productId: p.id,
  title: p.title,
  categorySlug: p.categorySlug,
  isFood: p.isFood,
  quantity,
  unitPriceIdr,
  seller: sellerSnapshotOf(p),
});

/** What the rules need besides the cart, read in the caller's transaction. */
export const loadComplianceContext = async (
  db: DbOrTx,
  params: { opdId: string; buyerProvinceRegionId: string; budgetLineId: string; now: Date },
): Promise<ComplianceContext> => {
  const budget = await findBudgetLine(db, params.budgetLineId);
  if (!budget) throw new AppError("not_found");
  const { from, to } = fiscalYearRange(witaYear(params.now));
  const [history, spend] = await Promise.all([
    listOpdOrderHistory(db, { opdId: params.opdId }),
    sumSpendByOpd(db, { opdIds: [params.opdId], from, to }),
  ]);
  const year = spend.get(params.opdId);
  return {
    now: params.now,
    buyerProvinceRegionId: params.buyerProvinceRegionId,
    budget: { ceilingIdr: budget.ceilingIdr, committedIdr: budget.committedIdr, realizedIdr: budget.realizedIdr },
    opdOrders: history,
    opdYear: { totalIdr: year?.totalIdr ?? 0, umkIdr: year?.umkIdr ?? 0 },
  };
};

export const loadOpdOrThrow = async (db: DbOrTx, opdId: string) => {
  const opd = await findOpd(db, opdId);
  if (!opd) throw new AppError("not_found");
  return opd;
};

/** The public shape of a decision: what buyer, approver and auditor all see. */
export const complianceView = (decision: Pick<ComplianceDecision, "verdict" | "findings"> & { policyVersion?: number }) => ({
  verdict: decision.verdict,
  findings: decision.findings.map((f: Finding) => ({ rule: f.rule, severity: f.severity, params: f.params, message: f.message })),
  ...(decision.policyVersion === undefined ? {} : { policyVersion: decision.policyVersion }),
});

export type ComplianceView = ReturnType<typeof complianceView>;

/** 409 with a machine code in details, e.g. { reason: "insufficient_stock", productId }. */
export const conflict = (reason: string, message: LocalizedMessage, extra: Record<string, unknown> = {}) =>
  new AppError("conflict", message, { reason, ...extra });

export const unprocessable = (reason: string, message: LocalizedMessage, extra: Record<string, unknown> = {}) =>
  new AppError("unprocessable", message, { reason, ...extra });

export const notFound = () => new AppError("not_found");

/** 422 on the cart's `quantity` field: a cart line below the product's minimum order. */
export const belowMinOrder = (product: { id: string; minOrder: number }) => {
  const message = MESSAGES.belowMinOrder(product.minOrder);
  return new AppError("unprocessable", message, [
    { path: "quantity", message: message.id, reason: "below_min_order", productId: product.id, minOrder: product.minOrder },
  ]);
};

export const MESSAGES = {
  notSubmitted: { id: "Permintaan ini sudah tidak menunggu persetujuan.", en: "This request is no longer awaiting approval." },
  insufficientStock: (title: string) => ({
    id: `Stok ${title} tidak cukup lagi. Minta pembeli mengubah jumlah atau memilih produk lain.`,
    en: `There is no longer enough stock of ${title}. Ask the buyer to change the quantity or choose another product.`,
  }),
  insufficientBudget: {
    id: "Sisa pagu mata anggaran tidak cukup lagi untuk permintaan ini.",
    en: "The budget line no longer has enough left for this request.",
  },
  complianceBlocked: {
    id: "Keranjang melanggar aturan pengadaan. Perbaiki temuan yang diberi tanda blokir.",
    en: "The cart breaks a procurement rule. Fix the findings marked as blocking.",
  },
  complianceChanged: {
    id: "Sejak diajukan, permintaan ini kini melanggar aturan pengadaan; kembalikan ke pembeli untuk diperbaiki.",
    en: "Since submission this request now breaks a procurement rule; return it to the buyer to fix.",
  },
  /** The text the add-to-cart form showed when it checked this itself (procurement.addToCart.belowMin). */
  belowMinOrder: (minOrder: number) => ({ id: `Pesanan minimum ${minOrder}.`, en: `The minimum order is ${minOrder}.` }),
  belowMinOrderOf: (title: string, minOrder: number) => ({
    id: `Pesanan minimum ${title} adalah ${minOrder}.`,
    en: `The minimum order for ${title} is ${minOrder}.`,
  }),
  wrongOrderState: { id: "Pesanan tidak dalam tahap yang memungkinkan tindakan ini.", en: "The order is not at a stage that allows this." },
} as const;
