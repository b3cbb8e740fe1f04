import type { RoleName } from "./api-world-helpers";

/**
 * A status the role must get, or "allowed": past authorization, i.e. anything but 401/403/404 and never a 5xx —
 * a write's minimal body may still be refused (422) or come at the wrong moment (409) once the role may act.
 */
export type Expected = number | "allowed";
export type MatrixRow = Record<RoleName, Expected>;

/**
 * Who gets what, for every operation of the OpenAPI document (authorization-matrix.test.ts fails for an
 * operation without a row, and for a row whose operation left the document). To add an endpoint: add its row
 * here, a valid request in validRequests and, for a new path parameter, its record in fillPath (both in
 * api-world-helpers.ts). Run the test with PRINT_MATRIX=1 to see what the API answers, then check each cell
 * against lib/domain/auth/can.ts before writing it down.
 *
 * The roles: seller = a seller of the business owning the world's product and orders, otherSeller = a seller of
 * another business; buyer/approver/treasurer = of the OPD owning the requests, orders and event, otherBuyer/
 * otherApprover = of another OPD; auditor and admin of the province. Notes on what might look odd:
 * - Refusals are 403 whether or not the record exists for the caller; only API tokens answer 404 to everyone
 *   but their owner (a token is private to the person, there is nobody else who may see it).
 * - Lists (api-tokens, budget-lines, events, orders, policies, purchase-requests) answer each role with its own
 *   scope, so another OPD's buyer gets 200 with other rows; a list that is only a party's view (orders,
 *   purchase-requests) is 403 to roles that are no party (auditor, admin read single records instead).
 * - Anyone signed in may register a business and upload a certification document (the onboarding wizard runs
 *   before any role exists), and any buyer may record an event for their own OPD.
 * - The Stripe webhook takes no session: without Stripe's signature it is 400 for everyone.
 */
export const AUTHORIZATION_MATRIX: Record<string, MatrixRow> = {
  "GET /api/v1/api-tokens": { anonymous: 401, seller: 200, otherSeller: 200, buyer: 200, otherBuyer: 200, approver: 200, otherApprover: 200, treasurer: 200, auditor: 200, admin: 200 },
  "GET /api/health": { anonymous: 200, seller: 200, otherSeller: 200, buyer: 200, otherBuyer: 200, approver: 200, otherApprover: 200, treasurer: 200, auditor: 200, admin: 200 },
  "GET /api/v1/audit/verify": { anonymous: 401, seller: 403, otherSeller: 403, buyer: 403, otherBuyer: 403, approver: 403, otherApprover: 403, treasurer: 403, auditor: 200, admin: 200 },
  "GET /api/v1/products": { anonymous: 200, seller: 200, otherSeller: 200, buyer: 200, otherBuyer: 200, approver: 200, otherApprover: 200, treasurer: 200, auditor: 200, admin: 200 },
  "GET /api/v1/products/{id}": { anonymous: 200, seller: 200, otherSeller: 200, buyer: 200, otherBuyer: 200, approver: 200, otherApprover: 200, treasurer: 200, auditor: 200, admin: 200 },
  "GET /api/v1/me": { anonymous: 401, seller: 200, otherSeller: 200, buyer: 200, otherBuyer: 200, approver: 200, otherApprover: 200, treasurer: 200, auditor: 200, admin: 200 },
  "GET /api/v1/budget-lines": { anonymous: 401, seller: 403, otherSeller: 403, buyer: 200, otherBuyer: 200, approver: 200, otherApprover: 200, treasurer: 200, auditor: 200, admin: 200 },
  "GET /api/v1/purchase-requests": { anonymous: 401, seller: 403, otherSeller: 403, buyer: 200, otherBuyer: 200, approver: 200, otherApprover: 200, treasurer: 403, auditor: 403, admin: 403 },
  "GET /api/v1/purchase-requests/{id}": { anonymous: 401, seller: 403, otherSeller: 403, buyer: 200, otherBuyer: 403, approver: 200, otherApprover: 403, treasurer: 200, auditor: 200, admin: 200 },
  "GET /api/v1/orders": { anonymous: 401, seller: 200, otherSeller: 200, buyer: 200, otherBuyer: 200, approver: 200, otherApprover: 200, treasurer: 200, auditor: 403, admin: 403 },
  "GET /api/v1/orders/{id}": { anonymous: 401, seller: 200, otherSeller: 403, buyer: 200, otherBuyer: 403, approver: 200, otherApprover: 403, treasurer: 200, auditor: 200, admin: 200 },
  "GET /api/v1/compliance/summary": { anonymous: 401, seller: 403, otherSeller: 403, buyer: 403, otherBuyer: 403, approver: 200, otherApprover: 200, treasurer: 403, auditor: 200, admin: 200 },
  "GET /api/v1/policies": { anonymous: 401, seller: 200, otherSeller: 200, buyer: 200, otherBuyer: 200, approver: 200, otherApprover: 200, treasurer: 200, auditor: 200, admin: 200 },
  "GET /api/v1/events": { anonymous: 401, seller: 403, otherSeller: 403, buyer: 200, otherBuyer: 200, approver: 200, otherApprover: 200, treasurer: 200, auditor: 200, admin: 200 },
  "GET /api/v1/events/{id}": { anonymous: 401, seller: 403, otherSeller: 403, buyer: 200, otherBuyer: 403, approver: 200, otherApprover: 403, treasurer: 200, auditor: 200, admin: 200 },
  "GET /api/v1/events/{id}/items/{itemId}/evidence/{evidenceId}": { anonymous: 401, seller: 403, otherSeller: 403, buyer: 200, otherBuyer: 403, approver: 200, otherApprover: 403, treasurer: 200, auditor: 200, admin: 200 },
  "GET /api/v1/orders/{id}/payments": { anonymous: 401, seller: 200, otherSeller: 403, buyer: 200, otherBuyer: 403, approver: 200, otherApprover: 403, treasurer: 200, auditor: 200, admin: 200 },
  "GET /api/v1/invoices/{id}": { anonymous: 401, seller: 200, otherSeller: 403, buyer: 200, otherBuyer: 403, approver: 200, otherApprover: 403, treasurer: 200, auditor: 200, admin: 200 },
  "GET /api/v1/treasury/queue": { anonymous: 401, seller: 403, otherSeller: 403, buyer: 403, otherBuyer: 403, approver: 403, otherApprover: 403, treasurer: 200, auditor: 403, admin: 403 },
  "GET /api/v1/payouts": { anonymous: 401, seller: 403, otherSeller: 403, buyer: 403, otherBuyer: 403, approver: 403, otherApprover: 403, treasurer: 403, auditor: 403, admin: 200 },
  "GET /api/v1/payouts/clock": { anonymous: 401, seller: 403, otherSeller: 403, buyer: 403, otherBuyer: 403, approver: 403, otherApprover: 403, treasurer: 403, auditor: 403, admin: 200 },
  "GET /api/v1/payment-clock": { anonymous: 401, seller: 403, otherSeller: 403, buyer: 403, otherBuyer: 403, approver: 403, otherApprover: 403, treasurer: 200, auditor: 200, admin: 200 },
  "GET /api/v1/ocds/release-package": { anonymous: 200, seller: 200, otherSeller: 200, buyer: 200, otherBuyer: 200, approver: 200, otherApprover: 200, treasurer: 200, auditor: 200, admin: 200 },
  "GET /api/v1/exports/compliance-summary.csv": { anonymous: 401, seller: 403, otherSeller: 403, buyer: 403, otherBuyer: 403, approver: 200, otherApprover: 200, treasurer: 403, auditor: 200, admin: 200 },
  "GET /api/v1/exports/compliance-requests.csv": { anonymous: 401, seller: 403, otherSeller: 403, buyer: 403, otherBuyer: 403, approver: 200, otherApprover: 200, treasurer: 403, auditor: 200, admin: 200 },
  "GET /api/v1/exports/events.csv": { anonymous: 401, seller: 403, otherSeller: 403, buyer: 200, otherBuyer: 200, approver: 200, otherApprover: 200, treasurer: 200, auditor: 200, admin: 200 },
  "GET /api/v1/exports/payment-clock.csv": { anonymous: 401, seller: 403, otherSeller: 403, buyer: 403, otherBuyer: 403, approver: 403, otherApprover: 403, treasurer: 200, auditor: 200, admin: 200 },
  "POST /api/v1/api-tokens": { anonymous: 401, seller: "allowed", otherSeller: "allowed", buyer: "allowed", otherBuyer: "allowed", approver: "allowed", otherApprover: "allowed", treasurer: "allowed", auditor: "allowed", admin: "allowed" },
  "DELETE /api/v1/api-tokens/{id}": { anonymous: 401, seller: 404, otherSeller: 404, buyer: "allowed", otherBuyer: 404, approver: 404, otherApprover: 404, treasurer: 404, auditor: 404, admin: 404 },
  "POST /api/v1/purchase-requests": { anonymous: 401, seller: 403, otherSeller: 403, buyer: "allowed", otherBuyer: 403, approver: 403, otherApprover: 403, treasurer: 403, auditor: 403, admin: 403 },
  "POST /api/v1/purchase-requests/{id}/approve": { anonymous: 401, seller: 403, otherSeller: 403, buyer: 403, otherBuyer: 403, approver: "allowed", otherApprover: 403, treasurer: 403, auditor: 403, admin: 403 },
  "POST /api/v1/purchase-requests/{id}/reject": { anonymous: 401, seller: 403, otherSeller: 403, buyer: 403, otherBuyer: 403, approver: "allowed", otherApprover: 403, treasurer: 403, auditor: 403, admin: 403 },
  "POST /api/v1/purchase-requests/{id}/return": { anonymous: 401, seller: 403, otherSeller: 403, buyer: 403, otherBuyer: 403, approver: "allowed", otherApprover: 403, treasurer: 403, auditor: 403, admin: 403 },
  "POST /api/v1/orders/{id}/accept": { anonymous: 401, seller: "allowed", otherSeller: 403, buyer: 403, otherBuyer: 403, approver: 403, otherApprover: 403, treasurer: 403, auditor: 403, admin: 403 },
  "POST /api/v1/orders/{id}/decline": { anonymous: 401, seller: "allowed", otherSeller: 403, buyer: 403, otherBuyer: 403, approver: 403, otherApprover: 403, treasurer: 403, auditor: 403, admin: 403 },
  "POST /api/v1/orders/{id}/cancel": { anonymous: 401, seller: 403, otherSeller: 403, buyer: 403, otherBuyer: 403, approver: "allowed", otherApprover: 403, treasurer: 403, auditor: 403, admin: 403 },
  "POST /api/v1/orders/{id}/ship": { anonymous: 401, seller: "allowed", otherSeller: 403, buyer: 403, otherBuyer: 403, approver: 403, otherApprover: 403, treasurer: 403, auditor: 403, admin: 403 },
  "POST /api/v1/orders/{id}/receive": { anonymous: 401, seller: 403, otherSeller: 403, buyer: "allowed", otherBuyer: 403, approver: 403, otherApprover: 403, treasurer: 403, auditor: 403, admin: 403 },
  "POST /api/v1/orders/{id}/rate": { anonymous: 401, seller: 403, otherSeller: 403, buyer: "allowed", otherBuyer: 403, approver: "allowed", otherApprover: 403, treasurer: 403, auditor: 403, admin: 403 },
  "POST /api/v1/policies": { anonymous: 401, seller: 403, otherSeller: 403, buyer: 403, otherBuyer: 403, approver: 403, otherApprover: 403, treasurer: 403, auditor: 403, admin: "allowed" },
  "POST /api/v1/businesses": { anonymous: 401, seller: "allowed", otherSeller: "allowed", buyer: "allowed", otherBuyer: "allowed", approver: "allowed", otherApprover: "allowed", treasurer: "allowed", auditor: "allowed", admin: "allowed" },
  "POST /api/v1/businesses/{id}/verify": { anonymous: 401, seller: 403, otherSeller: 403, buyer: 403, otherBuyer: 403, approver: 403, otherApprover: 403, treasurer: 403, auditor: 403, admin: "allowed" },
  "POST /api/v1/businesses/{id}/reject": { anonymous: 401, seller: 403, otherSeller: 403, buyer: 403, otherBuyer: 403, approver: 403, otherApprover: 403, treasurer: 403, auditor: 403, admin: "allowed" },
  "POST /api/v1/businesses/{id}/suspend": { anonymous: 401, seller: 403, otherSeller: 403, buyer: 403, otherBuyer: 403, approver: 403, otherApprover: 403, treasurer: 403, auditor: 403, admin: "allowed" },
  "POST /api/v1/businesses/{id}/reinstate": { anonymous: 401, seller: 403, otherSeller: 403, buyer: 403, otherBuyer: 403, approver: 403, otherApprover: 403, treasurer: 403, auditor: 403, admin: "allowed" },
  "POST /api/v1/seller/documents": { anonymous: 401, seller: "allowed", otherSeller: "allowed", buyer: "allowed", otherBuyer: "allowed", approver: "allowed", otherApprover: "allowed", treasurer: "allowed", auditor: "allowed", admin: "allowed" },
  "POST /api/v1/seller/products": { anonymous: 401, seller: "allowed", otherSeller: "allowed", buyer: 403, otherBuyer: 403, approver: 403, otherApprover: 403, treasurer: 403, auditor: 403, admin: 403 },
  "PATCH /api/v1/seller/products/{id}": { anonymous: 401, seller: "allowed", otherSeller: 403, buyer: 403, otherBuyer: 403, approver: 403, otherApprover: 403, treasurer: 403, auditor: 403, admin: 403 },
  "POST /api/v1/seller/products/{id}/archive": { anonymous: 401, seller: "allowed", otherSeller: 403, buyer: 403, otherBuyer: 403, approver: 403, otherApprover: 403, treasurer: 403, auditor: 403, admin: 403 },
  "POST /api/v1/seller/products/{id}/photos": { anonymous: 401, seller: "allowed", otherSeller: 403, buyer: 403, otherBuyer: 403, approver: 403, otherApprover: 403, treasurer: 403, auditor: 403, admin: 403 },
  "POST /api/v1/events": { anonymous: 401, seller: 403, otherSeller: 403, buyer: "allowed", otherBuyer: "allowed", approver: 403, otherApprover: 403, treasurer: 403, auditor: 403, admin: 403 },
  "PATCH /api/v1/events/{id}": { anonymous: 401, seller: 403, otherSeller: 403, buyer: "allowed", otherBuyer: 403, approver: 403, otherApprover: 403, treasurer: 403, auditor: 403, admin: 403 },
  "POST /api/v1/events/{id}/items": { anonymous: 401, seller: 403, otherSeller: 403, buyer: "allowed", otherBuyer: 403, approver: 403, otherApprover: 403, treasurer: 403, auditor: 403, admin: 403 },
  "DELETE /api/v1/events/{id}/items/{itemId}": { anonymous: 401, seller: 403, otherSeller: 403, buyer: "allowed", otherBuyer: 403, approver: 403, otherApprover: 403, treasurer: 403, auditor: 403, admin: 403 },
  "POST /api/v1/events/{id}/items/{itemId}/evidence": { anonymous: 401, seller: 403, otherSeller: 403, buyer: "allowed", otherBuyer: 403, approver: 403, otherApprover: 403, treasurer: 403, auditor: 403, admin: 403 },
  "POST /api/v1/events/{id}/close": { anonymous: 401, seller: 403, otherSeller: 403, buyer: "allowed", otherBuyer: 403, approver: 403, otherApprover: 403, treasurer: 403, auditor: 403, admin: 403 },
  "POST /api/v1/events/{id}/amendments": { anonymous: 401, seller: 403, otherSeller: 403, buyer: "allowed", otherBuyer: 403, approver: 403, otherApprover: 403, treasurer: 403, auditor: 403, admin: 403 },
  "POST /api/v1/orders/{id}/payments": { anonymous: 401, seller: 403, otherSeller: 403, buyer: 403, otherBuyer: 403, approver: 403, otherApprover: 403, treasurer: "allowed", auditor: 403, admin: 403 },
  "POST /api/v1/orders/{id}/checkout": { anonymous: 401, seller: 403, otherSeller: 403, buyer: 403, otherBuyer: 403, approver: 403, otherApprover: 403, treasurer: "allowed", auditor: 403, admin: 403 },
  "POST /api/v1/orders/{id}/close-remaining": { anonymous: 401, seller: 403, otherSeller: 403, buyer: "allowed", otherBuyer: 403, approver: "allowed", otherApprover: 403, treasurer: 403, auditor: 403, admin: 403 },
  "POST /api/v1/stripe/webhook": { anonymous: 400, seller: 400, otherSeller: 400, buyer: 400, otherBuyer: 400, approver: 400, otherApprover: 400, treasurer: 400, auditor: 400, admin: 400 },
  "POST /api/v1/payouts": { anonymous: 401, seller: 403, otherSeller: 403, buyer: 403, otherBuyer: 403, approver: 403, otherApprover: 403, treasurer: 403, auditor: 403, admin: "allowed" },
  // Notifications are each person's own (another's is 404); account links are open to anyone, refused by token.
  "GET /api/v1/notifications": { anonymous: 401, seller: 200, otherSeller: 200, buyer: 200, otherBuyer: 200, approver: 200, otherApprover: 200, treasurer: 200, auditor: 200, admin: 200 },
  "GET /api/v1/notifications/preferences": { anonymous: 401, seller: 200, otherSeller: 200, buyer: 200, otherBuyer: 200, approver: 200, otherApprover: 200, treasurer: 200, auditor: 200, admin: 200 },
  "PUT /api/v1/notifications/preferences": { anonymous: 401, seller: "allowed", otherSeller: "allowed", buyer: "allowed", otherBuyer: "allowed", approver: "allowed", otherApprover: "allowed", treasurer: "allowed", auditor: "allowed", admin: "allowed" },
  "POST /api/v1/notifications/read-all": { anonymous: 401, seller: "allowed", otherSeller: "allowed", buyer: "allowed", otherBuyer: "allowed", approver: "allowed", otherApprover: "allowed", treasurer: "allowed", auditor: "allowed", admin: "allowed" },
  "POST /api/v1/notifications/{id}/read": { anonymous: 401, seller: 404, otherSeller: 404, buyer: 404, otherBuyer: 404, approver: "allowed", otherApprover: 404, treasurer: 404, auditor: 404, admin: 404 },
  "POST /api/v1/notifications/unsubscribe": { anonymous: 400, seller: 400, otherSeller: 400, buyer: 400, otherBuyer: 400, approver: 400, otherApprover: 400, treasurer: 400, auditor: 400, admin: 400 },
  "POST /api/v1/auth/password-reset": { anonymous: "allowed", seller: "allowed", otherSeller: "allowed", buyer: "allowed", otherBuyer: "allowed", approver: "allowed", otherApprover: "allowed", treasurer: "allowed", auditor: "allowed", admin: "allowed" },
  "POST /api/v1/auth/password-reset/confirm": { anonymous: 400, seller: 400, otherSeller: 400, buyer: 400, otherBuyer: 400, approver: 400, otherApprover: 400, treasurer: 400, auditor: 400, admin: 400 },
  "POST /api/v1/auth/verify-email": { anonymous: 400, seller: 400, otherSeller: 400, buyer: 400, otherBuyer: 400, approver: 400, otherApprover: 400, treasurer: 400, auditor: 400, admin: 400 },
  "POST /api/v1/auth/verify-email/resend": { anonymous: 401, seller: "allowed", otherSeller: "allowed", buyer: "allowed", otherBuyer: "allowed", approver: "allowed", otherApprover: "allowed", treasurer: "allowed", auditor: "allowed", admin: "allowed" },
  "GET /api/v1/seller/payout-account": { anonymous: 401, seller: 200, otherSeller: 200, buyer: 403, otherBuyer: 403, approver: 403, otherApprover: 403, treasurer: 403, auditor: 403, admin: 403 },
  "PUT /api/v1/seller/payout-account": { anonymous: 401, seller: "allowed", otherSeller: "allowed", buyer: 403, otherBuyer: 403, approver: 403, otherApprover: 403, treasurer: 403, auditor: 403, admin: 403 },
  // wa (issues 12–13): each person's own WhatsApp number (a code is sent to anyone signed in; a wrong code is 400).
  "POST /api/v1/me/phone": { anonymous: 401, seller: "allowed", otherSeller: "allowed", buyer: "allowed", otherBuyer: "allowed", approver: "allowed", otherApprover: "allowed", treasurer: "allowed", auditor: "allowed", admin: "allowed" },
  "GET /api/v1/demand/calendar": { anonymous: 200, seller: 200, otherSeller: 200, buyer: 200, otherBuyer: 200, approver: 200, otherApprover: 200, treasurer: 200, auditor: 200, admin: 200 },
  "POST /api/v1/me/phone/verify": { anonymous: 401, seller: "allowed", otherSeller: "allowed", buyer: "allowed", otherBuyer: "allowed", approver: "allowed", otherApprover: "allowed", treasurer: "allowed", auditor: "allowed", admin: "allowed" },
  // ocds (issue 15): the record package is public open data, like the release package.
  "GET /api/v1/ocds/record-package": { anonymous: 200, seller: 200, otherSeller: 200, buyer: 200, otherBuyer: 200, approver: 200, otherApprover: 200, treasurer: 200, auditor: 200, admin: 200 },
  // Storefronts (toko): public for everyone while the business is verified.
  "GET /api/v1/storefronts/{slug}": { anonymous: 200, seller: 200, otherSeller: 200, buyer: 200, otherBuyer: 200, approver: 200, otherApprover: 200, treasurer: 200, auditor: 200, admin: 200 },
  "GET /api/v1/storefronts/{slug}/qr.png": { anonymous: 200, seller: 200, otherSeller: 200, buyer: 200, otherBuyer: 200, approver: 200, otherApprover: 200, treasurer: 200, auditor: 200, admin: 200 },
  // Partners (issue 14). No world role is a partner, so partner-only writes are 403 to all of them (the partner's own
  // access, including the 403 on a UMK without an accepted partnership, is in mitra-http.test.ts); the seller is the
  // UMK of the world's partnership; the readiness profile asked is the pending business's, which only the admin sees.
  "GET /api/v1/partners": { anonymous: 401, seller: 403, otherSeller: 403, buyer: 403, otherBuyer: 403, approver: 403, otherApprover: 403, treasurer: 403, auditor: 403, admin: 200 },
  "POST /api/v1/partners": { anonymous: 401, seller: 403, otherSeller: 403, buyer: 403, otherBuyer: 403, approver: 403, otherApprover: 403, treasurer: 403, auditor: 403, admin: "allowed" },
  "POST /api/v1/partners/{id}/verify": { anonymous: 401, seller: 403, otherSeller: 403, buyer: 403, otherBuyer: 403, approver: 403, otherApprover: 403, treasurer: 403, auditor: 403, admin: "allowed" },
  "POST /api/v1/partners/{id}/members": { anonymous: 401, seller: 403, otherSeller: 403, buyer: 403, otherBuyer: 403, approver: 403, otherApprover: 403, treasurer: 403, auditor: 403, admin: "allowed" },
  "GET /api/v1/partnerships": { anonymous: 401, seller: 200, otherSeller: 200, buyer: 200, otherBuyer: 200, approver: 200, otherApprover: 200, treasurer: 200, auditor: 200, admin: 200 },
  "POST /api/v1/partnerships": { anonymous: 401, seller: 403, otherSeller: 403, buyer: 403, otherBuyer: 403, approver: 403, otherApprover: 403, treasurer: 403, auditor: 403, admin: 403 },
  "POST /api/v1/partnerships/{id}/accept": { anonymous: 401, seller: "allowed", otherSeller: 403, buyer: 403, otherBuyer: 403, approver: 403, otherApprover: 403, treasurer: 403, auditor: 403, admin: 403 },
  "POST /api/v1/partnerships/{id}/decline": { anonymous: 401, seller: "allowed", otherSeller: 403, buyer: 403, otherBuyer: 403, approver: 403, otherApprover: 403, treasurer: 403, auditor: 403, admin: 403 },
  "POST /api/v1/partnerships/{id}/end": { anonymous: 401, seller: "allowed", otherSeller: 403, buyer: 403, otherBuyer: 403, approver: 403, otherApprover: 403, treasurer: 403, auditor: 403, admin: 403 },
  "POST /api/v1/partnerships/{id}/evidence": { anonymous: 401, seller: "allowed", otherSeller: 403, buyer: 403, otherBuyer: 403, approver: 403, otherApprover: 403, treasurer: 403, auditor: 403, admin: 403 },
  "GET /api/v1/gap-batches": { anonymous: 401, seller: 403, otherSeller: 403, buyer: 403, otherBuyer: 403, approver: 403, otherApprover: 403, treasurer: 403, auditor: 403, admin: 200 },
  "POST /api/v1/gap-batches": { anonymous: 401, seller: 403, otherSeller: 403, buyer: 403, otherBuyer: 403, approver: 403, otherApprover: 403, treasurer: 403, auditor: 403, admin: "allowed" },
  "GET /api/v1/gap-batches/{id}": { anonymous: 401, seller: 403, otherSeller: 403, buyer: 403, otherBuyer: 403, approver: 403, otherApprover: 403, treasurer: 403, auditor: 403, admin: 200 },
  "POST /api/v1/gap-batches/{id}/claim": { anonymous: 401, seller: 403, otherSeller: 403, buyer: 403, otherBuyer: 403, approver: 403, otherApprover: 403, treasurer: 403, auditor: 403, admin: 403 },
  "GET /api/v1/businesses/{id}/readiness": { anonymous: 401, seller: 403, otherSeller: 403, buyer: 403, otherBuyer: 403, approver: 403, otherApprover: 403, treasurer: 403, auditor: 403, admin: 200 },
  // Diklat (issue 14): programs are public; managing them is the province's admins' (and the organizing partner's);
  // any seller may ask for a seat (the gate answers 422 when the UMK does not fit); auditors also read outcomes.
  "GET /api/v1/programs": { anonymous: 200, seller: 200, otherSeller: 200, buyer: 200, otherBuyer: 200, approver: 200, otherApprover: 200, treasurer: 200, auditor: 200, admin: 200 },
  "POST /api/v1/programs": { anonymous: 401, seller: 403, otherSeller: 403, buyer: 403, otherBuyer: 403, approver: 403, otherApprover: 403, treasurer: 403, auditor: 403, admin: "allowed" },
  "GET /api/v1/programs/{id}": { anonymous: 200, seller: 200, otherSeller: 200, buyer: 200, otherBuyer: 200, approver: 200, otherApprover: 200, treasurer: 200, auditor: 200, admin: 200 },
  "PUT /api/v1/programs/{id}": { anonymous: 401, seller: 403, otherSeller: 403, buyer: 403, otherBuyer: 403, approver: 403, otherApprover: 403, treasurer: 403, auditor: 403, admin: "allowed" },
  "GET /api/v1/programs/{id}/enrolments": { anonymous: 401, seller: 403, otherSeller: 403, buyer: 403, otherBuyer: 403, approver: 403, otherApprover: 403, treasurer: 403, auditor: 403, admin: 200 },
  "POST /api/v1/programs/{id}/enrolments": { anonymous: 401, seller: "allowed", otherSeller: "allowed", buyer: 403, otherBuyer: 403, approver: 403, otherApprover: 403, treasurer: 403, auditor: 403, admin: 403 },
  "POST /api/v1/programs/{id}/attendance": { anonymous: 401, seller: 403, otherSeller: 403, buyer: 403, otherBuyer: 403, approver: 403, otherApprover: 403, treasurer: 403, auditor: 403, admin: "allowed" },
  "GET /api/v1/programs/{id}/outcomes": { anonymous: 401, seller: 403, otherSeller: 403, buyer: 403, otherBuyer: 403, approver: 403, otherApprover: 403, treasurer: 403, auditor: 200, admin: 200 },
  "GET /api/v1/programs/{id}/outcomes.csv": { anonymous: 401, seller: 403, otherSeller: 403, buyer: 403, otherBuyer: 403, approver: 403, otherApprover: 403, treasurer: 403, auditor: 200, admin: 200 },
  "POST /api/v1/programs/{id}/invitations": { anonymous: 401, seller: 403, otherSeller: 403, buyer: 403, otherBuyer: 403, approver: 403, otherApprover: 403, treasurer: 403, auditor: 403, admin: "allowed" },
  "GET /api/v1/programs/{id}/invitations.csv": { anonymous: 401, seller: 403, otherSeller: 403, buyer: 403, otherBuyer: 403, approver: 403, otherApprover: 403, treasurer: 403, auditor: 403, admin: 200 },
  "GET /api/v1/programs/{id}/sidt.csv": { anonymous: 401, seller: 403, otherSeller: 403, buyer: 403, otherBuyer: 403, approver: 403, otherApprover: 403, treasurer: 403, auditor: 403, admin: 200 },
  "POST /api/v1/programs/{id}/sidt": { anonymous: 401, seller: 403, otherSeller: 403, buyer: 403, otherBuyer: 403, approver: 403, otherApprover: 403, treasurer: 403, auditor: 403, admin: "allowed" },
  // Exposure (issue 13): Etalase are public once published (the world's own is), curated by the province's admin.
  "GET /api/v1/showcases": { anonymous: 200, seller: 200, otherSeller: 200, buyer: 200, otherBuyer: 200, approver: 200, otherApprover: 200, treasurer: 200, auditor: 200, admin: 200 },
  "GET /api/v1/showcases/{slug}": { anonymous: 200, seller: 200, otherSeller: 200, buyer: 200, otherBuyer: 200, approver: 200, otherApprover: 200, treasurer: 200, auditor: 200, admin: 200 },
  "GET /api/v1/showcases/{slug}/lift": { anonymous: 401, seller: 403, otherSeller: 403, buyer: 403, otherBuyer: 403, approver: 403, otherApprover: 403, treasurer: 403, auditor: 403, admin: 200 },
  "POST /api/v1/showcases": { anonymous: 401, seller: 403, otherSeller: 403, buyer: 403, otherBuyer: 403, approver: 403, otherApprover: 403, treasurer: 403, auditor: 403, admin: "allowed" },
  "POST /api/v1/showcases/{slug}/publish": { anonymous: 401, seller: 403, otherSeller: 403, buyer: 403, otherBuyer: 403, approver: 403, otherApprover: 403, treasurer: 403, auditor: 403, admin: "allowed" },
  "POST /api/v1/showcases/{slug}/members": { anonymous: 401, seller: 403, otherSeller: 403, buyer: 403, otherBuyer: 403, approver: 403, otherApprover: 403, treasurer: 403, auditor: 403, admin: "allowed" },
  // Red flags (issue 15): auditors and admins read region-wide; only auditors review (the matrix's key names no flag: 404).
  "GET /api/v1/audit/flags": { anonymous: 401, seller: 403, otherSeller: 403, buyer: 403, otherBuyer: 403, approver: 403, otherApprover: 403, treasurer: 403, auditor: 200, admin: 200 },
  "POST /api/v1/audit/flags/{key}/review": { anonymous: 401, seller: 403, otherSeller: 403, buyer: 403, otherBuyer: 403, approver: 403, otherApprover: 403, treasurer: 403, auditor: 404, admin: 403 },
  // Charts and reports (issue 15): each XLSX as its CSV sibling; the PDF audit report of the world's OPD is finance's.
  "GET /api/v1/exports/compliance-summary.xlsx": { anonymous: 401, seller: 403, otherSeller: 403, buyer: 403, otherBuyer: 403, approver: 200, otherApprover: 200, treasurer: 403, auditor: 200, admin: 200 },
  "GET /api/v1/exports/compliance-requests.xlsx": { anonymous: 401, seller: 403, otherSeller: 403, buyer: 403, otherBuyer: 403, approver: 200, otherApprover: 200, treasurer: 403, auditor: 200, admin: 200 },
  "GET /api/v1/exports/events.xlsx": { anonymous: 401, seller: 403, otherSeller: 403, buyer: 200, otherBuyer: 200, approver: 200, otherApprover: 200, treasurer: 200, auditor: 200, admin: 200 },
  "GET /api/v1/exports/payment-clock.xlsx": { anonymous: 401, seller: 403, otherSeller: 403, buyer: 403, otherBuyer: 403, approver: 403, otherApprover: 403, treasurer: 200, auditor: 200, admin: 200 },
  "GET /api/v1/exports/audit-report.pdf": { anonymous: 401, seller: 403, otherSeller: 403, buyer: 403, otherBuyer: 403, approver: 403, otherApprover: 403, treasurer: 403, auditor: 200, admin: 200 },
};
