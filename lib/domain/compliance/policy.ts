import { z } from "zod";
import { DEFAULT_RED_FLAG_POLICY, redFlagPolicySchema } from "@/lib/domain/flags/policy";

export const JUSTIFICATION_CODES = ["no_umk_supplier", "technical_spec", "emergency"] as const;
export type JustificationCode = (typeof JUSTIFICATION_CODES)[number];

const idr = z.number().int().nonnegative();
const share = z.number().min(0).max(1);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "YYYY-MM-DD");

/**
 * A region's procurement policy: every number the compliance rules use is data here, versioned, so a
 * stored decision can always be traced to the exact policy that produced it.
 */
export const compliancePolicySchema = z.object({
  version: z.number().int().positive(),
  effectiveFrom: isoDate,
  rules: z.object({
    umkOnly: z.object({ enabled: z.boolean(), justificationCodes: z.array(z.enum(JUSTIFICATION_CODES)).min(1) }),
    localSeller: z.object({ enabled: z.boolean() }),
    valueBand: z.object({ enabled: z.boolean(), maxTotalIdr: idr }),
    splitPackage: z.object({
      enabled: z.boolean(),
      windowDays: z.number().int().positive(),
      bandBoundariesIdr: z.array(idr).min(1),
    }),
    sellerRotation: z.object({ enabled: z.boolean(), maxConsecutiveOrders: z.number().int().positive() }),
    budgetAvailable: z.object({ enabled: z.boolean() }),
    cardLimit: z.object({ enabled: z.boolean(), maxPerPayeeIdr: idr }),
    foodPermit: z.object({ enabled: z.boolean(), halalRequiredFrom: isoDate }),
    eventLocalConsumption: z.object({ enabled: z.boolean(), minLocalUmkShare: share }),
    umkShareTarget: z.object({ enabled: z.boolean(), targetShare: share }),
    // Added with payments; versions stored before it read as the default.
    paymentClock: z
      .object({ enabled: z.boolean(), maxDaysToPay: z.number().int().positive() })
      .default({ enabled: true, maxDaysToPay: 7 }),
    justification: z.object({ minTextLength: z.number().int().min(1) }),
    // Red flags (issue 15): the auditor's thresholds; versions stored before them read as the default.
    redFlags: redFlagPolicySchema.default(DEFAULT_RED_FLAG_POLICY),
  }),
});

export type CompliancePolicy = z.infer<typeof compliancePolicySchema>;

/** NTB's default, from DESIGN.md: Perpres 12/2021, 16/2018, Permendagri 79/2022, PP 42/2024, Banyuwangi. */
export const DEFAULT_NTB_POLICY: CompliancePolicy = {
  version: 1,
  effectiveFrom: "2026-01-01",
  rules: {
    umkOnly: { enabled: true, justificationCodes: [...JUSTIFICATION_CODES] },
    localSeller: { enabled: true },
    valueBand: { enabled: true, maxTotalIdr: 200_000_000 },
    splitPackage: { enabled: true, windowDays: 30, bandBoundariesIdr: [10_000_000, 50_000_000, 200_000_000] },
    sellerRotation: { enabled: true, maxConsecutiveOrders: 5 },
    budgetAvailable: { enabled: true },
    cardLimit: { enabled: true, maxPerPayeeIdr: 200_000_000 },
    foodPermit: { enabled: true, halalRequiredFrom: "2026-10-17" },
    eventLocalConsumption: { enabled: true, minLocalUmkShare: 1 },
    umkShareTarget: { enabled: true, targetShare: 0.4 },
    paymentClock: { enabled: true, maxDaysToPay: 7 },
    justification: { minTextLength: 20 },
    redFlags: DEFAULT_RED_FLAG_POLICY,
  },
};
