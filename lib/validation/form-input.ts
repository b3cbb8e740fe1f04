// Form fields arrive as text; these turn what people type into what the schemas expect, and leave anything
// else as typed so the schema names the field that is wrong.

/** "Rp 1.500.000", "1.500.000" or "1500000" → 1500000; anything else (an absent field too) as it came. */
export const rupiahFromInput = <T extends string | undefined>(value: T): number | T => {
  const digits = (value ?? "").replace(/^\s*Rp\s*/i, "").replace(/[.\s]/g, "");
  return /^\d+$/.test(digits) ? Number(digits) : value;
};

/** What an amount input shows: whole rupiah with Indonesian thousands dots, no currency sign. */
export const rupiahForInput = (amountIdr: number) => new Intl.NumberFormat("id-ID").format(amountIdr);
