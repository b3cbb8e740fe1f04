import { findOpd } from "@/db/queries/opds";
import { db } from "@/db/client";
import { findBudgetLine } from "@/db/queries/budget-lines";
import { deleteCartItems } from "@/db/queries/cart-items";
import { nextDocumentSequence } from "@/db/queries/document-numbers";
import { findProductsForPurchase } from "@/db/queries/products";
import { findPurchaseRequest, insertPurchaseRequest, updatePurchaseRequest } from "@/db/queries/purchase-requests";
import { insertRequestLines, replaceRequestLines } from "@/db/queries/request-lines";
import { authorize } from "@/lib/auth/authorize";
import { requestTotalIdr } from "@/lib/domain/compliance/amounts";
import { evaluatePurchase } from "@/lib/domain/compliance/evaluate-purchase";
import type { Viewer } from "@/lib/domain/auth/roles";
import { counterKey, DOCUMENT_KINDS, formatDocumentNumber } from "@/lib/domain/procurement/document-number";
import { minOrderViolations, type MinOrderViolation } from "@/lib/domain/procurement/cart-rules";
import { isEditableRequest } from "@/lib/domain/procurement/state-machine";
import { witaYear } from "@/lib/domain/time/wita";
import { AppError } from "@/lib/errors";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import type { SubmitPurchaseRequestInput } from "@/lib/validation/procurement";
import { complianceView } from "@/lib/domain/compliance/compliance-view";
import type { ComplianceView } from "@/lib/validation/views/procurement";
import { loadActivePolicy } from "@/lib/services/procurement/active-policy";
import { loadComplianceContext } from "@/lib/services/procurement/load-compliance-context";
import { purchaseLineOf } from "@/lib/domain/procurement/purchase-line";
import { PROCUREMENT_MESSAGES } from "@/lib/services/procurement/messages";
import { actorOf } from "@/lib/domain/audit/audit-event";
import { conflict, unprocessable } from "@/lib/errors";
import { requestLineSnapshot } from "@/lib/domain/procurement/request-line-snapshot";
import { findEvent } from "@/db/queries/events";
import { orNotFound } from "@/lib/services/or-not-found";
import type { SubmittedPurchaseRequest } from "@/lib/validation/views/procurement-results";
import { planRequestTell, tellRequest } from "@/lib/services/notifications/tell";

export type { SubmittedPurchaseRequest };

/** Same product twice in a body counts as one line with the quantities added. */
const mergeLines = (lines: SubmitPurchaseRequestInput["lines"]) => {
  const merged = new Map<string, number>();
  for (const l of lines) merged.set(l.productId, (merged.get(l.productId) ?? 0) + l.quantity);
  return [...merged].map(([productId, quantity]) => ({ productId, quantity }));
};

/** 422 with one `lines.<i>.quantity` field error per line below its minimum (i: the line's place in the body). */
const belowMinOrderLines = (
  bodyLines: SubmitPurchaseRequestInput["lines"],
  violations: readonly MinOrderViolation[],
  products: ReadonlyArray<{ id: string; title: string }>,
) => {
  const messageOf = (v: MinOrderViolation) => PROCUREMENT_MESSAGES.belowMinOrderOf(products.find((p) => p.id === v.productId)?.title ?? "", v.minOrder);
  return new AppError(
    "unprocessable",
    messageOf(violations[0]!),
    violations.map((v) => ({
      path: `lines.${bodyLines.findIndex((l) => l.productId === v.productId)}.quantity`,
      message: messageOf(v).id,
      reason: "below_min_order",
      productId: v.productId,
      minOrder: v.minOrder,
    })),
  );
};

/**
 * Creates (or, with requestId, revises) a purchase request from a cart and evaluates it under the region's
 * policy in force. Submitted requests store the decision, the policy id and version, and a snapshot of each
 * line's seller; a blocked cart is refused with 422 and `{ compliance }` in details, storing nothing, and so is
 * a line below its product's minimum order (field errors per line). With
 * `draft: true` the request is saved with the preview decision and stays editable.
 */
export const submitPurchaseRequest = async (
  viewer: Viewer | null,
  input: SubmitPurchaseRequestInput,
  now: Date = new Date(),
): Promise<SubmittedPurchaseRequest> => {
  const budgetLine = await findBudgetLine(db, input.budgetLineId);
  authorize(viewer, "purchase_request.create", { opdId: budgetLine?.opdId ?? "-" });
  if (!budgetLine) throw new AppError("not_found");
  if (budgetLine.fiscalYear !== witaYear(now)) {
    throw unprocessable("budget_line_closed", {
      id: `Mata anggaran ini untuk tahun ${budgetLine.fiscalYear}; pilih mata anggaran tahun berjalan.`,
      en: `This budget line is for ${budgetLine.fiscalYear}; choose a line of the current year.`,
    });
  }
  const opd = orNotFound(await findOpd(db, budgetLine.opdId));

  const wanted = mergeLines(input.lines);
  const products = await findProductsForPurchase(db, wanted.map((l) => l.productId));
  const available = wanted.map(({ productId, quantity }) => {
    const product = products.find((p) => p.id === productId);
    if (!product || product.status !== "active") {
      throw unprocessable("product_unavailable", { id: "Produk tidak tersedia lagi.", en: "The product is no longer available." }, { productId });
    }
    return { product, quantity };
  });
  // The minimum may have been raised since the line entered the cart: every line is checked again here.
  const belowMin = minOrderViolations(available.map(({ product, quantity }) => ({ productId: product.id, quantity, minOrder: product.minOrder })));
  if (belowMin.length > 0) throw belowMinOrderLines(input.lines, belowMin, products);
  const lines = available.map(({ product, quantity }) => {
    if (quantity > product.stock) throw conflict("insufficient_stock", PROCUREMENT_MESSAGES.insufficientStock(product.title), { productId: product.id, available: product.stock });
    return { product, line: purchaseLineOf(product, quantity) };
  });
  const purchaseLines = lines.map((l) => l.line);
  const justification = input.justification ?? null;
  const isDraft = input.draft === true;

  return db.transaction(async (tx) => {
    const existing = input.requestId ? await findPurchaseRequest(tx, input.requestId, { forUpdate: true }) : undefined;
    if (input.requestId) {
      if (!existing || existing.buyerId !== viewer.userId) throw new AppError("not_found");
      if (existing.opdId !== opd.id) authorize(viewer, "purchase_request.create", { opdId: existing.opdId });
      if (!isEditableRequest(existing.status)) {
        throw conflict("not_editable", { id: "Permintaan ini tidak dapat diubah lagi.", en: "This request can no longer be changed." }, { status: existing.status });
      }
    }

    if (input.eventId) {
      // A request may name only an open event of its own OPD: its BAST will add the lines to that event.
      const event = await findEvent(tx, input.eventId);
      if (!event || event.opdId !== opd.id || event.status !== "open") {
        throw unprocessable(
          "event_not_linkable",
          {
            id: "Kegiatan yang dipilih tidak ada, bukan milik OPD permintaan ini, atau sudah ditutup. Pilih kegiatan OPD ini yang masih terbuka.",
            en: "The chosen event does not exist, belongs to another OPD, or is closed. Choose an open event of this request's OPD.",
          },
          { field: "eventId", eventId: input.eventId, status: event?.opdId === opd.id ? event.status : null },
        );
      }
    }
    const active = await loadActivePolicy(tx, opd.regionId, now);
    const context = await loadComplianceContext(tx, { opdId: opd.id, buyerProvinceRegionId: opd.regionId, budgetLineId: budgetLine.id, now });
    const decision = evaluatePurchase({ lines: purchaseLines, justification }, context, active.policy);
    const compliance = complianceView(decision);
    if (!isDraft && decision.verdict === "block") throw new AppError("unprocessable", PROCUREMENT_MESSAGES.complianceBlocked, { compliance });

    const totalIdr = requestTotalIdr(purchaseLines);
    const fields = {
      opdId: opd.id,
      budgetLineId: budgetLine.id,
      buyerId: viewer.userId,
      purpose: input.purpose,
      neededBy: input.neededBy ?? null,
      eventId: input.eventId ?? null,
      status: isDraft ? ("draft" as const) : ("submitted" as const),
      justificationCode: justification?.code ?? null,
      justificationText: justification?.text ?? null,
      totalIdr,
      complianceDecision: decision as unknown as Record<string, unknown>,
      policyId: active.id,
      policyVersion: active.policy.version,
      submittedAt: isDraft ? null : now,
      // A revised request waits for a fresh decision; the earlier one stays in the audit trail.
      decidedAt: null,
      decidedBy: null,
    };
    if (!isDraft) await deleteCartItems(tx, { buyerId: viewer.userId, productIds: purchaseLines.map((l) => l.productId) });
    const approversTold = isDraft ? undefined : await planRequestTell(tx, "request.submitted", { opdId: opd.id, buyerId: viewer.userId }, viewer.userId);
    // From the request number on, every submission of the OPD waits for this one (the counter row's lock, then the
    // audit chain's): only the request, its lines, the notification and, last, the audit event follow.
    const request = existing
      ? orNotFound(await updatePurchaseRequest(tx, { id: existing.id, opdId: existing.opdId }, fields))
      : await insertPurchaseRequest(tx, {
          ...fields,
          number: formatDocumentNumber(
            DOCUMENT_KINDS.purchaseRequest,
            witaYear(now),
            opd.shortName,
            await nextDocumentSequence(tx, { key: counterKey(DOCUMENT_KINDS.purchaseRequest, opd.shortName), year: witaYear(now) }),
          ),
          createdAt: now,
        });
    const lineRows = purchaseLines.map((l) => requestLineSnapshot(l, lines.find((x) => x.product.id === l.productId)!.product.isLocal));
    if (existing) orNotFound(await replaceRequestLines(tx, { requestId: request.id, opdId: request.opdId }, lineRows));
    else await insertRequestLines(tx, request.id, lineRows);
    if (!isDraft) {
      const context = { id: request.id, number: request.number, opdId: opd.id, opdName: opd.name, buyerId: viewer.userId, buyerName: viewer.name, totalIdr };
      await tellRequest(tx, "request.submitted", context, { at: now, actorId: viewer.userId, planned: approversTold });
    }
    await appendAuditEvent(tx, {
      actor: actorOf(viewer),
      action: isDraft ? "purchase_request.drafted" : "purchase_request.submitted",
      entity: "purchase_request",
      entityId: request.id,
      data: {
        number: request.number,
        opdId: opd.id,
        budgetLineId: budgetLine.id,
        totalIdr,
        verdict: decision.verdict,
        rules: decision.findings.map((f) => `${f.rule}:${f.severity}`),
        policyId: active.id,
        policyVersion: active.policy.version,
        justificationCode: justification?.code ?? null,
        lines: purchaseLines.map((l) => ({
          productId: l.productId,
          quantity: l.quantity,
          unitPriceIdr: l.unitPriceIdr,
          businessId: l.seller.businessId,
          sellerNib: l.seller.nib,
          sellerIsUmk: l.seller.isUmk,
        })),
      },
      at: now,
    });
    return { id: request.id, number: request.number, status: fields.status, totalIdr, compliance };
  });
};
