import type { PreviewView } from "@/lib/i18n/compliance-view";

export type { FindingView, PreviewView } from "@/lib/i18n/compliance-view";

/** Rules a justification (code + text) can turn from block into "the approver decides". */
export const JUSTIFIABLE_RULES = ["UMK_ONLY", "LOCAL_SELLER", "SELLER_ROTATION"] as const;

export const needsJustification = (compliance: PreviewView) =>
  Boolean(compliance?.findings.some((f) => (JUSTIFIABLE_RULES as readonly string[]).includes(f.rule) && f.severity !== "warning"));
