/**
 * An Indonesian mobile number as people write it — 0812…, 62812…, +62 812-…, with spaces, dots or dashes — as
 * E.164 (+62812…), or null when it is not one. Mobile numbers start with 8 after the country code and have 9 to
 * 12 digits after it (Kominfo numbering); landlines (021…) cannot receive WhatsApp codes here and are refused.
 */
export const normalizeIndonesianMobile = (input: string): string | null => {
  const compact = input.trim().replace(/[\s.()-]/g, "");
  const match = /^(?:\+62|62|0)(8\d{8,11})$/.exec(compact);
  return match ? `+62${match[1]}` : null;
};

/** "+62 812 •••• 7890": enough to recognise one's own number, not enough to copy it. */
export const maskPhone = (phone: string) => `${phone.slice(0, 3)} ${phone.slice(3, 6)} •••• ${phone.slice(-4)}`;
