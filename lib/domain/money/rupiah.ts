/**
 * Rupiah formatting. Amounts are whole rupiah (see STYLE: money is integer rupiah); rupiah is written the
 * Indonesian way ("Rp1.500.000") in both UI languages, as on invoices and budget documents.
 */

const wholeRupiah = new Intl.NumberFormat("id-ID", {
  style: "currency",
  currency: "IDR",
  minimumFractionDigits: 0,
  maximumFractionDigits: 0,
});

const compactNumber = new Intl.NumberFormat("id-ID", { notation: "compact", maximumFractionDigits: 1 });

// ICU puts a (non-breaking) space after "Rp"; Indonesian style guides write it attached.
const attachSymbol = (formatted: string) => formatted.replace(/Rp\s+/u, "Rp");

/** "Rp1.500.000" */
export const formatIdr = (amountIdr: number): string => attachSymbol(wholeRupiah.format(Math.round(amountIdr)));

/** "Rp1,5 jt", "Rp2,5 M", "Rp950" — for tight spaces such as stat tiles; never for amounts on documents. */
export const formatIdrCompact = (amountIdr: number): string => {
  const sign = amountIdr < 0 ? "-" : "";
  return `${sign}Rp${compactNumber.format(Math.abs(Math.round(amountIdr)))}`;
};

/** "1.234" — counts in the Indonesian digit grouping. */
export const formatCount = (value: number, locale: string = "id"): string =>
  new Intl.NumberFormat(locale === "en" ? "en-GB" : "id-ID").format(value);
