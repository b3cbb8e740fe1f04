// The red flags an auditor reads: recomputed from the data for a fiscal year, never stored as truth.

export const FLAG_KINDS = [
  "price_above_median",
  "price_above_reference",
  "split_package",
  "spend_concentration",
  "repeated_exceptions",
  "reused_justification",
  "approval_delay",
  "payment_delay",
  "bast_unpaid",
  "shipped_without_bast",
  "outside_working_hours",
] as const;
export type FlagKind = (typeof FLAG_KINDS)[number];

/** What a flag points at; each becomes one link to the page that shows the record and its evidence. */
export type FlagLink =
  | { type: "request"; id: string; label: string }
  | { type: "order"; id: string; label: string }
  | { type: "receipt"; id: string; orderId: string; label: string }
  | { type: "invoice"; id: string; orderId: string; label: string }
  | { type: "opd"; id: string; label: string }
  | { type: "buyer"; id: string; opdId: string; label: string };

export type FlagParams = Record<string, string | number | null>;

export type RedFlag = {
  /** Stable across recomputation: kind, fiscal year and the ids of what it is about (reviews are keyed by it). */
  key: string;
  kind: FlagKind;
  fiscalYear: number;
  /** The OPD(s) involved: one for most flags; a text reused across offices names each of them. */
  opdIds: string[];
  /** When the flagged thing happened (or, for a running clock, since when). */
  at: Date;
  /** The first link is the transaction the flag is about; the rest are its evidence. */
  links: FlagLink[];
  params: FlagParams;
};

/** Names an OPD or buyer: looked up once, shared by every rule. */
export type Named = { id: string; name: string };

export const FLAG_KEY_PATTERN = /^[a-z-]+\.\d{4}(\.[0-9a-z-]+)+$/;

/** The stable key: `<kind with dashes>.<year>.<ids…>`, e.g. `approval-delay.2026.<request id>`. */
export const flagKey = (kind: FlagKind, fiscalYear: number, ...ids: string[]) =>
  [kind.replace(/_/g, "-"), String(fiscalYear), ...ids.map((id) => id.toLowerCase())].join(".");

/** The kind a key names, or null when the text is not a flag key of a known kind. */
export const kindOfKey = (key: string): FlagKind | null => {
  const kind = FLAG_KEY_PATTERN.test(key) ? key.split(".")[0]!.replace(/-/g, "_") : "";
  return (FLAG_KINDS as readonly string[]).includes(kind) ? (kind as FlagKind) : null;
};

/** The fiscal year a key was computed for, or null when the text is not a flag key. */
export const fiscalYearOfKey = (key: string): number | null => (FLAG_KEY_PATTERN.test(key) ? Number(key.split(".")[1]) : null);
