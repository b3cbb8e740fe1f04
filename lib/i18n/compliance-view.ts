/** A compliance finding as the UI shows it: already in the viewer's language. */
export type FindingView = {
  /** The rule's code (UMK_ONLY): for data attributes and the auditor's detail, not for reading. */
  rule: string;
  /** The rule's human name in the viewer's language ("Hanya dari UMK"). */
  name: string;
  severity: "block" | "justify" | "warning";
  message: string;
  /** What to do about it, in plain words; empty when the message says it all. */
  help: string;
};

export type PreviewView = { verdict: "allow" | "needs_justification" | "block"; findings: FindingView[] } | null;
