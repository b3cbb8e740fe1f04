import { orNotFound } from "@/lib/services/or-not-found";
import { findOpd } from "@/db/queries/opds";
import { db } from "@/db/client";
import { findBudgetLine } from "@/db/queries/budget-lines";
import { listCartItems } from "@/db/queries/cart-items";
import { findProductsForPurchase } from "@/db/queries/products";
import { authorize } from "@/lib/auth/authorize";
import { requestTotalIdr } from "@/lib/domain/compliance/amounts";
import { evaluatePurchase } from "@/lib/domain/compliance/evaluate-purchase";
import type { Viewer } from "@/lib/domain/auth/roles";
import { isBelowMinOrder } from "@/lib/domain/procurement/cart-rules";
import { groupBySeller } from "@/lib/domain/procurement/shares";
import type { CartPreviewInput } from "@/lib/validation/procurement";
import { assertBuyer } from "./cart-access";
import { complianceView } from "@/lib/domain/compliance/compliance-view";
import type { ComplianceView } from "@/lib/validation/views/procurement";
import { loadActivePolicy } from "@/lib/services/procurement/active-policy";
import { loadComplianceContext } from "@/lib/services/procurement/load-compliance-context";
import { purchaseLineOf } from "@/lib/domain/procurement/purchase-line";

/**
 * The buyer's cart grouped by seller (one future Surat Pesanan each), with a live compliance preview when a
 * budget line is chosen: the same evaluation submit will run, so the clerk sees every rule the cart breaks
 * (and what to do) before submitting. Items whose product is no longer active are listed as unavailable.
 */
export const getCart = async (viewer: Viewer | null, preview: CartPreviewInput = {}, now: Date = new Date()) => {
  assertBuyer(viewer);
  const items = await listCartItems(db, viewer.userId);
  const products = await findProductsForPurchase(db, items.map((i) => i.productId));
  const rows = items.map((item) => {
    const product = products.find((p) => p.id === item.productId);
    const available = Boolean(product && product.status === "active");
    return { item, product, available };
  });
  const buyable = rows.filter((r) => r.available && r.product).map((r) => ({ ...r, line: purchaseLineOf(r.product!, r.item.quantity) }));
  const purchaseLines = buyable.map((r) => r.line);

  let compliance: ComplianceView | null = null;
  if (preview.budgetLineId && purchaseLines.length > 0) {
    const budgetLine = await findBudgetLine(db, preview.budgetLineId);
    authorize(viewer, "purchase_request.create", { opdId: budgetLine?.opdId ?? "-" });
    const opd = orNotFound(await findOpd(db, budgetLine!.opdId));
    const active = await loadActivePolicy(db, opd.regionId, now);
    const context = await loadComplianceContext(db, { opdId: opd.id, buyerProvinceRegionId: opd.regionId, budgetLineId: budgetLine!.id, now });
    compliance = complianceView(evaluatePurchase({ lines: purchaseLines, justification: preview.justification ?? null }, context, active.policy));
  }

  const sellers = groupBySeller(buyable.map((r) => ({ ...r, businessId: r.line.seller.businessId }))).map((group) => ({
    businessId: group.businessId,
    name: group.lines[0]!.line.seller.name,
    scale: group.lines[0]!.line.seller.scale,
    isUmk: group.lines[0]!.line.seller.isUmk,
    kabupaten: group.lines[0]!.line.seller.kabupaten,
    subtotalIdr: requestTotalIdr(group.lines.map((l) => l.line)),
    items: group.lines.map((r) => ({
      productId: r.item.productId,
      title: r.line.title,
      unit: r.product!.unit,
      quantity: r.item.quantity,
      unitPriceIdr: r.line.unitPriceIdr,
      lineTotalIdr: r.line.quantity * r.line.unitPriceIdr,
      stock: r.product!.stock,
      minOrder: r.product!.minOrder,
      /** The minimum was raised since the line was added: submitting is refused until the quantity is changed. */
      belowMinOrder: isBelowMinOrder(r.item.quantity, r.product!.minOrder),
    })),
  }));
  return {
    sellers,
    unavailable: rows.filter((r) => !r.available).map((r) => ({ productId: r.item.productId, quantity: r.item.quantity, title: r.product?.title ?? null })),
    totalIdr: requestTotalIdr(purchaseLines),
    compliance,
  };
};
