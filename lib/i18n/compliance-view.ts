/** A compliance finding as the UI shows it: already in the viewer's language. */
export type FindingView = {
  rule: string;
  severity: "block" | "justify" | "warning";
  message: string;
  /** What to do about it, in plain words; empty when the message says it all. */
  help: string;
};

export type PreviewView = { verdict: "allow" | "needs_justification" | "block"; findings: FindingView[] } | null;
