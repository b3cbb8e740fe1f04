/** An event item as the per-OPD summary counts it: live (not voided) items only, from their stored snapshot. */
export type OpdEventItem = { opdId: string; eventId: string; amountIdr: number; isUmk: boolean; isLocal: boolean };

export type OpdEventShare = { eventCount: number; eventTotalIdr: number; eventLocalUmkIdr: number; eventLocalShare: number };

export const NO_EVENTS: OpdEventShare = { eventCount: 0, eventTotalIdr: 0, eventLocalUmkIdr: 0, eventLocalShare: 0 };

/**
 * Pure: per OPD, the local-UMK share of everything its events of the year used (amendments applied, voided
 * items already left out by the caller). `eventCount` counts events, also those with nothing recorded.
 */
export const eventShareByOpd = (items: readonly OpdEventItem[], eventCounts: ReadonlyMap<string, number>): Map<string, OpdEventShare> => {
  const out = new Map<string, OpdEventShare>();
  for (const [opdId, eventCount] of eventCounts) out.set(opdId, { ...NO_EVENTS, eventCount });
  for (const item of items) {
    const row = out.get(item.opdId) ?? { ...NO_EVENTS };
    row.eventTotalIdr += item.amountIdr;
    if (item.isUmk && item.isLocal) row.eventLocalUmkIdr += item.amountIdr;
    out.set(item.opdId, row);
  }
  for (const row of out.values()) row.eventLocalShare = row.eventTotalIdr > 0 ? row.eventLocalUmkIdr / row.eventTotalIdr : 0;
  return out;
};
