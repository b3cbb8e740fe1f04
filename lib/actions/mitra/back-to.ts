import "server-only";
import { textField } from "../to-form-state";

/** The pages a partner form may return to; anything else posted in `back` falls back to the first. */
export const MITRA_PAGES = ["/mitra", "/penjual/kemitraan", "/penjual/sertifikat", "/admin/mitra", "/admin/mitra/papan", "/admin/sertifikat"] as const;

export const backOf = (formData: FormData): string => {
  const back = textField(formData, "back");
  return (MITRA_PAGES as readonly string[]).includes(back) ? back : MITRA_PAGES[0];
};

/** Revalidate every partner page (a claim changes /mitra, the board and the seller's list at once). */
export const MITRA_REVALIDATE = [...MITRA_PAGES];
