/** The policy editor's round trip: review shows the diff against the active version, save writes it. */
export type PolicyFormState = {
  rev: number;
  values: Record<string, string>;
  /** Set after a review: what would change, already formatted for reading. */
  diff?: Array<{ path: string; before: string; after: string }>;
  message?: string;
  fields?: Record<string, string>;
  saved?: { version: number; changes: number };
};
