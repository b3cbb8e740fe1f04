import { z } from "zod";
import {
  approvePurchaseRequestSchema, budgetLinesQuerySchema, cancelOrderSchema, complianceSummaryQuerySchema, declineOrderSchema, listOrdersQuerySchema,
  listPurchaseRequestsQuerySchema, policyQuerySchema, rateOrderSchema,
  receiveOrderSchema, rejectPurchaseRequestSchema, returnPurchaseRequestSchema, savePolicyVersionSchema, shipOrderSchema,
  submitPurchaseRequestSchema,
} from "@/lib/validation/procurement";
import {
  complianceSummaryViewSchema, complianceViewSchema, orderReceiptViewSchema, orderViewSchema, purchaseRequestViewSchema,
} from "@/lib/validation/views/procurement";
import {
  approverInboxItemSchema, budgetLineViewSchema, meViewSchema, myPurchaseRequestSchema, orderListItemSchema, orderRatingSchema, orderTransitionSchema,
  policyViewSchema, purchaseRequestDecisionSchema, savedPolicyVersionSchema, submittedPurchaseRequestSchema,
} from "@/lib/validation/views/procurement-results";
import { errorResponse, jsonResponse, jsonSchema, queryParameters, type OpenApiFeature } from "./registry";

// Every response shape is a service's view schema (lib/validation/views/procurement*.ts), so the document and
// the services' return types are one definition.

const idParam = [{ name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } }];
const body = (schema: z.ZodType) => ({ required: true, content: { "application/json": { schema: jsonSchema(schema, "input") } } });
const optionalBody = (schema: z.ZodType) => ({ required: false, content: { "application/json": { schema: jsonSchema(schema, "input") } } });
const common = {
  "401": errorResponse("Not signed in."),
  "403": errorResponse("Signed in, but not a party allowed to do this."),
};
const conflictResponse = (what: string) => errorResponse(`${what} \`error.details.reason\` says which (e.g. \`not_submitted\`, \`wrong_order_status\`).`);

const orderAction = (operationId: string, summary: string, description: string, schema: z.ZodType | null, ok: { status: "200" | "201"; name: string }) => ({
  post: {
    tags: ["Orders"],
    operationId,
    summary,
    description,
    parameters: idParam,
    ...(schema ? { requestBody: operationId === "receiveOrder" || operationId === "shipOrder" ? optionalBody(schema) : body(schema) } : {}),
    responses: {
      [ok.status]: jsonResponse("Done.", ok.name),
      ...(schema ? { "400": errorResponse("The body is not JSON."), "422": errorResponse("Invalid body; `error.details` lists each field.") } : {}),
      ...common,
      "404": errorResponse("No such order."),
      "409": conflictResponse("The order is not at a stage that allows this."),
    },
  },
});

export const procurementFeature: OpenApiFeature = {
  tags: [
    { name: "Procurement", description: "Budget lines, purchase requests with a stored compliance decision, PPK approval." },
    { name: "Orders", description: "Surat Pesanan (one per seller), fulfilment, BAST and rating." },
    { name: "Compliance", description: "UMK and local shares per OPD, recomputed from order-line snapshots; the versioned policy." },
    { name: "Account", description: "The signed-in user." },
  ],
  schemas: {
    BudgetLine: jsonSchema(budgetLineViewSchema),
    BudgetLineList: jsonSchema(z.array(budgetLineViewSchema)),
    ComplianceDecision: jsonSchema(complianceViewSchema),
    SubmittedPurchaseRequest: jsonSchema(submittedPurchaseRequestSchema),
    PurchaseRequest: jsonSchema(purchaseRequestViewSchema),
    ApproverInbox: jsonSchema(z.array(approverInboxItemSchema)),
    MyPurchaseRequests: jsonSchema(z.array(myPurchaseRequestSchema)),
    OrderList: jsonSchema(z.array(orderListItemSchema)),
    PurchaseRequestDecision: jsonSchema(purchaseRequestDecisionSchema),
    Order: jsonSchema(orderViewSchema),
    OrderTransition: jsonSchema(orderTransitionSchema),
    OrderReceipt: jsonSchema(orderReceiptViewSchema),
    OrderRating: jsonSchema(orderRatingSchema),
    ComplianceSummary: jsonSchema(complianceSummaryViewSchema),
    Me: jsonSchema(meViewSchema),
    Policy: jsonSchema(policyViewSchema),
    SavedPolicyVersion: jsonSchema(savedPolicyVersionSchema),
  },
  paths: {
    "/api/v1/me": {
      get: { tags: ["Account"], operationId: "getMe", summary: "The signed-in user, roles and memberships", responses: { "200": jsonResponse("The user.", "Me"), "401": errorResponse("Not signed in.") } },
    },
    "/api/v1/budget-lines": {
      get: {
        tags: ["Procurement"],
        operationId: "listBudgetLines",
        summary: "Budget lines the caller may read",
        description: "Buyer, approver, treasurer: their own OPD's lines. Auditor, admin: the region's.",
        parameters: queryParameters(budgetLinesQuerySchema),
        responses: { "200": jsonResponse("The lines.", "BudgetLineList"), "400": errorResponse("An invalid parameter."), ...common },
      },
    },
    "/api/v1/purchase-requests": {
      post: {
        tags: ["Procurement"],
        operationId: "submitPurchaseRequest",
        summary: "Submit a cart as a purchase request (buyer)",
        description:
          "Evaluates the cart under the region's policy in force and stores the decision, the policy version and a snapshot of each line's seller. `draft: true` saves without submitting; `requestId` revises a draft or returned request. A blocked cart is refused with 422 and the same `compliance` object in `error.details.compliance`.",
        requestBody: body(submitPurchaseRequestSchema),
        responses: {
          "201": jsonResponse("Submitted (or saved as draft), with the compliance decision.", "SubmittedPurchaseRequest"),
          "400": errorResponse("The body is not JSON."),
          ...common,
          "404": errorResponse("Unknown budget line, or a request to revise that is not the caller's."),
          "409": conflictResponse("Not enough stock (`insufficient_stock`, with `productId`), or the request can no longer be revised (`not_editable`)."),
          "422": errorResponse("Invalid body (details per field), a blocked cart (`details.compliance`), or an unavailable product (`details.reason`)."),
        },
      },
      get: {
        tags: ["Procurement"],
        operationId: "listPurchaseRequests",
        summary: "The PPK's inbox (submitted requests of their OPD, oldest first, with overdue flags) or the buyer's own requests",
        parameters: queryParameters(listPurchaseRequestsQuerySchema),
        responses: {
          "200": { description: "scope=inbox: ApproverInbox; scope=mine: MyPurchaseRequests.", content: { "application/json": { schema: { oneOf: [{ $ref: "#/components/schemas/ApproverInbox" }, { $ref: "#/components/schemas/MyPurchaseRequests" }] } } } },
          "400": errorResponse("An invalid parameter."),
          ...common,
        },
      },
    },
    "/api/v1/purchase-requests/{id}": {
      get: {
        tags: ["Procurement"],
        operationId: "getPurchaseRequest",
        summary: "A purchase request with lines, seller snapshots, stored decision and orders",
        parameters: idParam,
        responses: { "200": jsonResponse("The request.", "PurchaseRequest"), ...common, "404": errorResponse("No such request.") },
      },
    },
    "/api/v1/purchase-requests/{id}/approve": {
      post: {
        tags: ["Procurement"],
        operationId: "approvePurchaseRequest",
        summary: "Approve (PPK of that OPD, never the request's own buyer)",
        description:
          "In one transaction: re-evaluates the request, reserves stock (never below zero), commits the budget line (never over the ceiling), creates one order per seller with a Surat Pesanan number. Nothing is written when any step fails.",
        parameters: idParam,
        requestBody: optionalBody(approvePurchaseRequestSchema),
        responses: {
          "200": jsonResponse("Approved and split into orders.", "PurchaseRequestDecision"),
          ...common,
          "404": errorResponse("No such request."),
          "409": conflictResponse("No longer submitted, `insufficient_stock` (with `productId`), `insufficient_budget`, or `compliance_blocked` (with `compliance`)."),
          "422": errorResponse("Invalid body."),
        },
      },
    },
    "/api/v1/purchase-requests/{id}/reject": {
      post: {
        tags: ["Procurement"], operationId: "rejectPurchaseRequest", summary: "Reject with a reason (PPK of that OPD)", parameters: idParam,
        requestBody: body(rejectPurchaseRequestSchema),
        responses: { "200": jsonResponse("Rejected.", "PurchaseRequestDecision"), ...common, "404": errorResponse("No such request."), "409": conflictResponse("No longer submitted."), "422": errorResponse("Invalid body.") },
      },
    },
    "/api/v1/purchase-requests/{id}/return": {
      post: {
        tags: ["Procurement"], operationId: "returnPurchaseRequest", summary: "Return for revision with a note (PPK of that OPD)", parameters: idParam,
        requestBody: body(returnPurchaseRequestSchema),
        responses: { "200": jsonResponse("Returned to the buyer.", "PurchaseRequestDecision"), ...common, "404": errorResponse("No such request."), "409": conflictResponse("No longer submitted."), "422": errorResponse("Invalid body.") },
      },
    },
    "/api/v1/orders": {
      get: {
        tags: ["Orders"],
        operationId: "listOrders",
        summary: "Orders the caller is a party to, newest first",
        description: "A seller's incoming orders and the orders of the OPDs where the caller buys, approves or pays.",
        parameters: queryParameters(listOrdersQuerySchema),
        responses: { "200": jsonResponse("The orders.", "OrderList"), "400": errorResponse("An invalid parameter."), ...common },
      },
    },
    "/api/v1/orders/{id}": {
      get: {
        tags: ["Orders"],
        operationId: "getOrder",
        summary: "An order for any of its parties",
        description: "Buyer, approver and treasurer of the OPD; the seller of the business; auditor and admin of the region.",
        parameters: idParam,
        responses: { "200": jsonResponse("The order.", "Order"), ...common, "404": errorResponse("No such order.") },
      },
    },
    "/api/v1/orders/{id}/accept": orderAction("acceptOrder", "Accept a placed order (seller)", "placed → accepted.", null, { status: "200", name: "OrderTransition" }),
    "/api/v1/orders/{id}/decline": orderAction("declineOrder", "Decline a placed order with a reason (seller)", "Releases the reserved stock and the committed budget in the same transaction.", declineOrderSchema, { status: "200", name: "OrderTransition" }),
    "/api/v1/orders/{id}/cancel": orderAction("cancelOrder", "Cancel before shipping with a reason (PPK of that OPD)", "placed or accepted → cancelled; releases the reserved stock and the committed budget in the same transaction.", cancelOrderSchema, { status: "200", name: "OrderTransition" }),
    "/api/v1/orders/{id}/ship": orderAction("shipOrder", "Mark an accepted order shipped (seller)", "accepted → shipped, with an optional note.", shipOrderSchema, { status: "200", name: "OrderTransition" }),
    "/api/v1/orders/{id}/receive": orderAction(
      "receiveOrder",
      "Receive goods and sign a BAST (buyer of that OPD)",
      "Partial quantities allowed; without `lines` everything outstanding is received. A later call may receive the rest. Quantities beyond what is outstanding → 422 `over_receipt`.",
      receiveOrderSchema,
      { status: "201", name: "OrderReceipt" },
    ),
    "/api/v1/orders/{id}/rate": orderAction("rateOrder", "Rate the seller 1–5 once, after receipt (buyer or PPK of that OPD)", "A second rating → 409 `already_rated`.", rateOrderSchema, { status: "201", name: "OrderRating" }),
    "/api/v1/compliance/summary": {
      get: {
        tags: ["Compliance"],
        operationId: "complianceSummary",
        summary: "UMK and local shares per OPD for a fiscal year",
        description:
          "Auditor and admin: every OPD of the region, also with zero spend. Approver: their own OPD only. Counts orders placed or later (declined and cancelled excluded), from order-line snapshots; the fiscal year is the WITA calendar year.",
        parameters: queryParameters(complianceSummaryQuerySchema),
        responses: { "200": jsonResponse("The summary.", "ComplianceSummary"), "400": errorResponse("An invalid parameter."), ...common },
      },
    },
    "/api/v1/policies": {
      get: {
        tags: ["Compliance"], operationId: "getActivePolicy", summary: "The compliance policy in force now (the caller's region by default)",
        parameters: queryParameters(policyQuerySchema),
        responses: { "200": jsonResponse("The policy.", "Policy"), ...common },
      },
      post: {
        tags: ["Compliance"], operationId: "savePolicyVersion", summary: "Save a new policy version (admin)",
        description: "Rules are validated; the version number is the next one; the audit event carries the diff against the previous version.",
        requestBody: body(savePolicyVersionSchema),
        responses: { "201": jsonResponse("Saved.", "SavedPolicyVersion"), "400": errorResponse("The body is not JSON."), ...common, "422": errorResponse("Invalid rules; `error.details` lists each field.") },
      },
    },
  },
};

