import { complianceBucket } from "./event-rules";

// Pure: the auditor page's per-OPD table, added up from the events the filter selected.

/** What the summing reads of one listed event (a structural slice of EventSummaryView). */
export type SummarizedEvent = {
  opd: { id: string; name: string };
  compliance: { totalIdr: number; localUmkIdr: number; findings: readonly unknown[]; declared: { totalIdr: number } };
};

export type OpdEventRow = {
  id: string;
  name: string;
  events: number;
  /** Events with at least one finding (the list filter's "below" bucket). */
  below: number;
  totalIdr: number;
  localUmkIdr: number;
  /** localUmkIdr / totalIdr over all the OPD's listed events (not an average of event shares); 0 when nothing was recorded. */
  share: number;
  declaredIdr: number;
};

/** Events of each OPD added up: the event local-UMK share per OPD and how many events fall below the rule; by OPD name. */
export const summarizeByOpd = (events: readonly SummarizedEvent[]): OpdEventRow[] => {
  const rows = new Map<string, OpdEventRow>();
  for (const e of events) {
    const row = rows.get(e.opd.id) ?? { id: e.opd.id, name: e.opd.name, events: 0, below: 0, totalIdr: 0, localUmkIdr: 0, share: 0, declaredIdr: 0 };
    row.events += 1;
    row.below += complianceBucket(e.compliance) === "below" ? 1 : 0;
    row.totalIdr += e.compliance.totalIdr;
    row.localUmkIdr += e.compliance.localUmkIdr;
    row.declaredIdr += e.compliance.declared.totalIdr;
    rows.set(e.opd.id, row);
  }
  return [...rows.values()]
    .map((row) => ({ ...row, share: row.totalIdr === 0 ? 0 : row.localUmkIdr / row.totalIdr }))
    .sort((a, b) => a.name.localeCompare(b.name));
};
