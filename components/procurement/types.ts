/** A compliance finding as the UI shows it: already in the viewer's language. */
export type FindingView = {
  rule: string;
  severity: "block" | "justify" | "warning";
  message: string;
  /** What to do about it, in plain words; empty when the message says it all. */
  help: string;
};

export type PreviewView = { verdict: "allow" | "needs_justification" | "block"; findings: FindingView[] } | null;

/** Rules a justification (code + text) can turn from block into "the approver decides". */
export const JUSTIFIABLE_RULES = ["UMK_ONLY", "LOCAL_SELLER", "SELLER_ROTATION"] as const;

export const needsJustification = (compliance: PreviewView) =>
  Boolean(compliance?.findings.some((f) => (JUSTIFIABLE_RULES as readonly string[]).includes(f.rule) && f.severity !== "warning"));
