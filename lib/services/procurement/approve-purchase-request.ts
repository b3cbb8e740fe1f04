import { db } from "@/db/client";
import { commitBudget } from "@/db/queries/budget-lines";
import { nextDocumentSequence } from "@/db/queries/document-numbers";
import { insertOrderLines } from "@/db/queries/order-lines";
import { countOrderLinePrices } from "@/db/queries/order-price-counts";
import { insertOrder } from "@/db/queries/orders";
import { findProductsForPurchase, reserveStock } from "@/db/queries/products";
import { updatePurchaseRequest } from "@/db/queries/purchase-requests";
import { listRequestLines } from "@/db/queries/request-lines";
import { enqueueProductSync } from "@/db/queries/search-outbox";
import { evaluatePurchase } from "@/lib/domain/compliance/evaluate-purchase";
import type { PurchaseLine } from "@/lib/domain/compliance/types";
import type { Viewer } from "@/lib/domain/auth/roles";
import { counterKey, DOCUMENT_KINDS, formatDocumentNumber } from "@/lib/domain/procurement/document-number";
import { groupBySeller, sumSpend } from "@/lib/domain/procurement/shares";
import { witaYear } from "@/lib/domain/time/wita";
import { appendAuditEvents } from "@/lib/services/audit/append-audit-event";
import type { ApprovePurchaseRequestInput } from "@/lib/validation/procurement";
import { lockRequestForDecision } from "./lock-request-for-decision";
import { complianceView } from "@/lib/domain/compliance/compliance-view";
import { loadActivePolicy } from "@/lib/services/procurement/active-policy";
import { loadComplianceContext } from "@/lib/services/procurement/load-compliance-context";
import { sellerSnapshotOf } from "@/lib/domain/procurement/purchase-line";
import { PROCUREMENT_MESSAGES } from "@/lib/services/procurement/messages";
import { actorOf } from "@/lib/domain/audit/audit-event";
import { conflict } from "@/lib/errors";
import { orNotFound } from "@/lib/services/or-not-found";
import type { PurchaseRequestDecision } from "@/lib/validation/views/procurement-results";
import { planOrderTell, tellOrder, tellRequest } from "@/lib/services/notifications/tell";
import type { NotificationPlan } from "@/lib/services/notifications/notify";

/** A decision that always lists the orders approving created. */
export type ApprovedPurchaseRequest = Required<PurchaseRequestDecision> & { status: "ordered" };

/**
 * The PPK's approval, all in ONE transaction: lock the request, refuse it when the stock read is already short
 * (409 `insufficient_stock`, before anything else is read), re-evaluate it (policy, sellers or budget may
 * have changed since submission), reserve stock with conditional updates (never below zero: 409
 * `insufficient_stock` naming the product), commit the budget line conditionally (never over the ceiling:
 * 409 `insufficient_budget`), split into one order per seller with a Surat Pesanan number, copy the line
 * snapshots, queue the stock changes for search and write the audit events. The shared rows are locked in one
 * order (products by id, budget line, counter, price counts, audit chain) and only after all work that needs none of them, the
 * audit chain last, so each is held for a few statements. Any failure leaves nothing half-written. Nobody approves their own request nor another OPD's (403); not submitted → 409; a product
 * taken off sale since submission → 409 `product_unavailable`.
 */
export const approvePurchaseRequest = async (
  viewerOrNull: Viewer | null,
  requestId: string,
  input: ApprovePurchaseRequestInput = {},
  now: Date = new Date(),
): Promise<ApprovedPurchaseRequest> =>
  db.transaction(async (tx) => {
    const { request, opd, approver: viewer } = await lockRequestForDecision(tx, viewerOrNull, requestId);

    // Re-evaluate with the stored quantities and prices but the sellers as they are now: a seller suspended
    // since submission must not receive a Surat Pesanan.
    const lines = await listRequestLines(tx, request.id);
    const products = await findProductsForPurchase(tx, lines.map((l) => l.productId));
    const purchaseLines: PurchaseLine[] = lines.map((l) => {
      const product = products.find((p) => p.id === l.productId);
      if (!product || product.status !== "active") {
        throw conflict("product_unavailable", { id: `${l.title} tidak dijual lagi.`, en: `${l.title} is no longer on sale.` }, { productId: l.productId });
      }
      return {
        productId: l.productId,
        title: l.title,
        categorySlug: l.categorySlug,
        isFood: l.isFood,
        quantity: l.quantity,
        unitPriceIdr: l.unitPriceIdr,
        seller: sellerSnapshotOf(product),
      };
    });
    // Like a product taken off sale, stock that already cannot serve the request is refused on the snapshot, before
    // the compliance reads and without queueing for the product row; the conditional update below is the guarantee.
    const perProduct = new Map<string, number>();
    for (const l of lines) perProduct.set(l.productId, (perProduct.get(l.productId) ?? 0) + l.quantity);
    const insufficientStock = (productId: string) =>
      conflict("insufficient_stock", PROCUREMENT_MESSAGES.insufficientStock(lines.find((l) => l.productId === productId)!.title), { productId });
    for (const [productId, quantity] of perProduct) {
      if (products.find((p) => p.id === productId)!.stock < quantity) throw insufficientStock(productId);
    }

    const justification = request.justificationCode ? { code: request.justificationCode, text: request.justificationText ?? "" } : null;
    const active = await loadActivePolicy(tx, opd.regionId, now);
    const context = await loadComplianceContext(tx, { opdId: opd.id, buyerProvinceRegionId: opd.regionId, budgetLineId: request.budgetLineId, now });
    const decision = evaluatePurchase({ lines: purchaseLines, justification }, context, active.policy);
    const blocking = decision.findings.filter((f) => f.severity === "block");
    if (blocking.length > 0 && blocking.every((f) => f.rule === "BUDGET_AVAILABLE")) {
      throw conflict("insufficient_budget", PROCUREMENT_MESSAGES.insufficientBudget, { budgetLineId: request.budgetLineId });
    }
    if (blocking.length > 0) throw conflict("compliance_blocked", PROCUREMENT_MESSAGES.complianceChanged, { compliance: complianceView(decision) });

    // Everything that touches no shared row comes before the first shared lock: each of those (the products, the
    // budget line, the OPD's Surat Pesanan counter, the audit chain) is held until commit, and every approval of
    // the product, the line, the OPD or the platform waits behind it.
    const groups = groupBySeller(lines);
    const actor = actorOf(viewer);
    orNotFound(await updatePurchaseRequest(tx, { id: request.id, opdId: request.opdId }, { status: "ordered", decidedAt: now, decidedBy: viewer.userId, decisionNote: input.note ?? null }));
    await enqueueProductSync(tx, [...perProduct.keys()].sort());
    await tellRequest(tx, "request.approved", request.id, { at: now, actorId: viewer.userId, params: { orderCount: groups.length } });
    const sellersTold = new Map<string, NotificationPlan>();
    for (const group of groups) {
      sellersTold.set(group.businessId, await planOrderTell(tx, "order.placed", { opdId: opd.id, businessId: group.businessId, buyerId: request.buyerId }, viewer.userId));
    }

    // Lock order everywhere: products by id, then the budget line, then counters, then the price counts (in key
    // order), then the audit chain (last).
    for (const productId of [...perProduct.keys()].sort()) {
      if (!(await reserveStock(tx, { productId, quantity: perProduct.get(productId)! }))) throw insufficientStock(productId);
    }
    const budget = await commitBudget(tx, { budgetLineId: request.budgetLineId, opdId: request.opdId, amountIdr: request.totalIdr });
    if (!budget) throw conflict("insufficient_budget", PROCUREMENT_MESSAGES.insufficientBudget, { budgetLineId: request.budgetLineId });

    const year = witaYear(now);
    const created: ApprovedPurchaseRequest["orders"] = [];
    const orderEvents: Array<{ id: string; number: string; businessId: string; totalIdr: number; lineCount: number }> = [];
    for (const group of groups) {
      const sequence = await nextDocumentSequence(tx, { key: counterKey(DOCUMENT_KINDS.suratPesanan, opd.shortName), year });
      const { totalIdr, umkIdr: umkTotalIdr, localIdr: localTotalIdr } = sumSpend(group.lines);
      const order = await insertOrder(tx, {
        number: formatDocumentNumber(DOCUMENT_KINDS.suratPesanan, year, opd.shortName, sequence),
        requestId: request.id,
        businessId: group.businessId,
        opdId: opd.id,
        budgetLineId: request.budgetLineId,
        status: "placed",
        totalIdr,
        umkTotalIdr,
        localTotalIdr,
        placedAt: now,
      });
      await insertOrderLines(
        tx,
        group.lines.map((l) => ({
          orderId: order.id,
          requestLineId: l.id,
          productId: l.productId,
          title: l.title,
          categorySlug: l.categorySlug,
          quantity: l.quantity,
          unitPriceIdr: l.unitPriceIdr,
          sellerIsUmk: l.sellerIsUmk,
          isLocal: l.isLocal,
        })),
      );
      created.push({ id: order.id, number: order.number, businessId: order.businessId, totalIdr });
      orderEvents.push({ id: order.id, number: order.number, businessId: order.businessId, totalIdr, lineCount: group.lines.length });
    }
    for (const o of orderEvents) {
      // What the notification needs is at hand (recipients planned above): only its inserts run under the locks.
      const businessName = products.find((p) => p.businessId === o.businessId)?.businessName;
      const order = businessName === undefined ? o.id : { id: o.id, number: o.number, businessId: o.businessId, businessName, opdId: opd.id, opdName: opd.name, buyerId: request.buyerId };
      await tellOrder(tx, "order.placed", order, { at: now, actorId: viewer.userId, params: { totalIdr: o.totalIdr }, planned: sellersTold.get(o.businessId) });
    }

    // The category medians' counts (red flags), in key order and just before the chain: see countOrderLinePrices.
    await countOrderLinePrices(tx, { orderIds: created.map((o) => o.id), sign: 1 });
    await appendAuditEvents(tx, [
      {
        actor,
        action: "purchase_request.approved",
        entity: "purchase_request",
        entityId: request.id,
        data: {
          number: request.number,
          totalIdr: request.totalIdr,
          budgetLineId: request.budgetLineId,
          budgetCommittedIdr: budget.committedIdr,
          verdictAtApproval: decision.verdict,
          policyId: active.id,
          policyVersion: active.policy.version,
          orders: created.map((o) => o.number),
          note: input.note ?? null,
        },
        at: now,
      },
      ...orderEvents.map((o) => ({
        actor,
        action: "order.placed",
        entity: "order",
        entityId: o.id,
        data: { number: o.number, requestId: request.id, businessId: o.businessId, opdId: opd.id, totalIdr: o.totalIdr, lineCount: o.lineCount },
        at: now,
      })),
    ]);
    return { id: request.id, status: "ordered", orders: created };
  });
