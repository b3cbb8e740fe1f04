/**
 * Counting exposure in memory between flushes: one cell per business × WITA day × kind, added up, then handed
 * over as rows. Pure (no clock: the caller passes the day).
 */
export type ExposureKind = "impressions" | "productViews" | "cartAdds";
export type ExposureRow = { businessId: string; day: string; impressions: number; productViews: number; cartAdds: number };

export class ExposureTally {
  private cells = new Map<string, ExposureRow>();

  add(kind: ExposureKind, businessIds: Iterable<string>, day: string): void {
    for (const businessId of businessIds) {
      const key = `${businessId}\u0000${day}`;
      let row = this.cells.get(key);
      if (!row) {
        row = { businessId, day, impressions: 0, productViews: 0, cartAdds: 0 };
        this.cells.set(key, row);
      }
      row[kind] += 1;
    }
  }

  /** Distinct business × day cells waiting. */
  get size(): number {
    return this.cells.size;
  }

  /** Everything counted so far, and an empty tally from here on. */
  take(): ExposureRow[] {
    const rows = [...this.cells.values()];
    this.cells = new Map();
    return rows;
  }

  /** Puts rows back (a flush that failed) so they go out with the next one instead of being lost. */
  restore(rows: readonly ExposureRow[]): void {
    for (const r of rows) {
      const key = `${r.businessId}\u0000${r.day}`;
      const row = this.cells.get(key);
      if (!row) this.cells.set(key, { ...r });
      else {
        row.impressions += r.impressions;
        row.productViews += r.productViews;
        row.cartAdds += r.cartAdds;
      }
    }
  }
}
