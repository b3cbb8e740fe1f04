import { witaDate, witaMidnight } from "@/lib/domain/time/wita";

const DAY_MS = 86_400_000;

/**
 * A paid/disbursed date typed as a WITA calendar day becomes an instant: today means "now" (so the clock
 * stops now, not at a guessed hour); an earlier day means the last second of that day, which is never
 * before a BAST signed on that same day. Anything else is returned as typed so the schema refuses it.
 */
export const witaDayToInstant = (value: string, now = new Date()): Date | string => {
  const day = value.trim();
  // Date.parse rolls 2026-02-30 over to 2 March: only a day that reads back unchanged is a calendar day.
  const parsed = Date.parse(`${day}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(parsed) || new Date(parsed).toISOString().slice(0, 10) !== day) return value;
  if (day === witaDate(now)) return now;
  return new Date(witaMidnight(day).getTime() + DAY_MS - 1000);
};

export { rupiahFromInput } from "@/lib/validation/form-input";

/** What an amount input shows: whole rupiah with Indonesian thousands dots, no currency sign. */
export const rupiahForInput = (amountIdr: number) => new Intl.NumberFormat("id-ID").format(amountIdr);
