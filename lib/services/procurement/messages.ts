// What procurement services tell people when they refuse, in Bahasa Indonesia and English.

export const PROCUREMENT_MESSAGES = {
  notSubmitted: { id: "Permintaan ini sudah tidak menunggu persetujuan.", en: "This request is no longer awaiting approval." },
  insufficientStock: (title: string) => ({
    id: `Stok ${title} tidak cukup lagi. Minta pembeli mengubah jumlah atau memilih produk lain.`,
    en: `There is no longer enough stock of ${title}. Ask the buyer to change the quantity or choose another product.`,
  }),
  insufficientBudget: {
    id: "Sisa pagu mata anggaran tidak cukup lagi untuk permintaan ini.",
    en: "The budget line no longer has enough left for this request.",
  },
  complianceBlocked: {
    id: "Keranjang melanggar aturan pengadaan. Perbaiki temuan yang diberi tanda blokir.",
    en: "The cart breaks a procurement rule. Fix the findings marked as blocking.",
  },
  complianceChanged: {
    id: "Sejak diajukan, permintaan ini kini melanggar aturan pengadaan; kembalikan ke pembeli untuk diperbaiki.",
    en: "Since submission this request now breaks a procurement rule; return it to the buyer to fix.",
  },
  /** The text the add-to-cart form showed when it checked this itself (procurement.addToCart.belowMin). */
  belowMinOrder: (minOrder: number) => ({ id: `Pesanan minimum ${minOrder}.`, en: `The minimum order is ${minOrder}.` }),
  belowMinOrderOf: (title: string, minOrder: number) => ({
    id: `Pesanan minimum ${title} adalah ${minOrder}.`,
    en: `The minimum order for ${title} is ${minOrder}.`,
  }),
  wrongOrderState: { id: "Pesanan tidak dalam tahap yang memungkinkan tindakan ini.", en: "The order is not at a stage that allows this." },
} as const;
