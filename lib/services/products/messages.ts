// What product services tell people when they refuse, in Bahasa Indonesia and English.

export const PRODUCT_MESSAGES = {
  notFound: { id: "Produk tidak ditemukan.", en: "Product not found." },
} as const;
