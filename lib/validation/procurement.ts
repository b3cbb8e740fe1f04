import { z } from "zod";
import { JUSTIFICATION_CODES } from "@/lib/domain/compliance/policy";
import { AppError, type Locale } from "@/lib/errors";
import { parseInput } from "./messages";
import { readJsonBody } from "@/lib/api/json-body";
import { assertSafeInput } from "./safe-input";

// Body schemas of the procurement API, shared by routes, server actions and forms.

const uuid = z.uuid();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "date");

export const justificationSchema = z.object({
  code: z.enum(JUSTIFICATION_CODES),
  text: z.string().trim().min(1).max(2_000),
});

export const purchaseLineInputSchema = z.object({
  productId: uuid,
  quantity: z.number().int().positive().max(1_000_000),
});

export const submitPurchaseRequestSchema = z.object({
  /** Submit (or save) an existing draft/returned request instead of creating a new one. */
  requestId: uuid.optional(),
  budgetLineId: uuid,
  purpose: z.string().trim().min(3).max(500),
  lines: z.array(purchaseLineInputSchema).min(1).max(100),
  justification: justificationSchema.nullish(),
  eventId: uuid.nullish(),
  neededBy: isoDate.nullish(),
  draft: z.boolean().optional(),
});
export type SubmitPurchaseRequestInput = z.infer<typeof submitPurchaseRequestSchema>;

export const approvePurchaseRequestSchema = z.object({ note: z.string().trim().max(1_000).optional() });
export type ApprovePurchaseRequestInput = z.infer<typeof approvePurchaseRequestSchema>;

export const rejectPurchaseRequestSchema = z.object({ reason: z.string().trim().min(5, "reason").max(1_000, "reason") });
export type RejectPurchaseRequestInput = z.infer<typeof rejectPurchaseRequestSchema>;

export const returnPurchaseRequestSchema = z.object({ note: z.string().trim().min(5, "reason").max(1_000, "reason") });
export type ReturnPurchaseRequestInput = z.infer<typeof returnPurchaseRequestSchema>;

export const declineOrderSchema = z.object({ reason: z.string().trim().min(5, "reason").max(1_000, "reason") });
export type DeclineOrderInput = z.infer<typeof declineOrderSchema>;

export const shipOrderSchema = z.object({ note: z.string().trim().max(1_000).optional() });
export type ShipOrderInput = z.infer<typeof shipOrderSchema>;

export const receiveOrderSchema = z.object({
  /** Omitted: everything still outstanding is received. */
  lines: z.array(z.object({ orderLineId: uuid, quantity: z.number().int().positive() })).min(1).optional(),
  note: z.string().trim().max(1_000).optional(),
});
export type ReceiveOrderInput = z.infer<typeof receiveOrderSchema>;

export const rateOrderSchema = z.object({
  stars: z.number().int().min(1).max(5),
  comment: z.string().trim().max(1_000).optional(),
});
export type RateOrderInput = z.infer<typeof rateOrderSchema>;

export const cartItemSchema = z.object({ productId: uuid, quantity: z.number().int().positive().max(1_000_000) });
export type CartItemInput = z.infer<typeof cartItemSchema>;

export const cartPreviewSchema = z.object({ budgetLineId: uuid.optional(), justification: justificationSchema.nullish() });
export type CartPreviewInput = z.infer<typeof cartPreviewSchema>;

export const complianceSummaryQuerySchema = z.object({
  fiscalYear: z.coerce.number().int().min(2000).max(2100),
  opdId: uuid.optional(),
});
export type ComplianceSummaryQuery = z.infer<typeof complianceSummaryQuerySchema>;

/** The PDF audit report: one OPD (required) and one fiscal year. */
export const auditReportQuerySchema = z.object({ fiscalYear: complianceSummaryQuerySchema.shape.fiscalYear, opdId: uuid });

export const budgetLinesQuerySchema = z.object({
  fiscalYear: z.coerce.number().int().min(2000).max(2100).optional(),
  opdId: uuid.optional(),
});

export const savePolicyVersionSchema = z.object({
  regionId: uuid.optional(),
  effectiveFrom: isoDate.optional(),
  note: z.string().trim().min(3).max(1_000),
  rules: z.unknown(),
});
export type SavePolicyVersionInput = z.infer<typeof savePolicyVersionSchema>;

/** Reads the JSON body (lib/api/json-body: 415 / 400) and parses it: schema failure → 422 with one detail per field. */
export const parseJsonBody = async <S extends z.ZodType>(schema: S, request: Request, locale: Locale): Promise<z.infer<S>> =>
  parseInput(schema, await readJsonBody(request), locale);

/** Query-string parameters parsed by a schema; failures (unsafe text too) are 400 with one detail per parameter. */
export const parseQuery = <S extends z.ZodType>(schema: S, request: Request): z.infer<S> => {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  assertSafeInput(params);
  const result = schema.safeParse(params);
  if (!result.success) {
    throw new AppError(
      "bad_request",
      { id: "Parameter tidak valid.", en: "Invalid parameters." },
      result.error.issues.map((i) => ({ path: i.path.join("."), code: i.code, message: i.message })),
    );
  }
  return result.data;
};

export const policyQuerySchema = z.object({ regionId: uuid.optional() });

/** A path id that is not a UUID cannot name anything: 404, like an unknown one. */
export const parsePathId = (id: string) => {
  if (!z.uuid().safeParse(id).success) throw new AppError("not_found");
  return id;
};

export const ORDER_STATUSES = ["placed", "accepted", "declined", "shipped", "received", "invoiced", "paid", "closed", "cancelled"] as const;

export const listOrdersQuerySchema = z.object({
  status: z
    .string()
    .optional()
    .transform((v) => (v ? v.split(",") : undefined))
    .pipe(z.array(z.enum(ORDER_STATUSES)).optional())
    .describe("Comma-separated statuses, e.g. placed,accepted."),
});

export const listPurchaseRequestsQuerySchema = z.object({
  scope: z.enum(["inbox", "mine"]).optional().describe("inbox: the PPK's submitted requests; mine: the buyer's own. Default: inbox for approvers, else mine."),
});

export const cancelOrderSchema = z.object({ reason: z.string().trim().min(5, "reason").max(1_000, "reason") });
export type CancelOrderInput = z.infer<typeof cancelOrderSchema>;
