/** The one thing the public is told about a storefront that is not public: it is not there. */
export const STOREFRONT_MESSAGES = {
  notFound: { id: "Toko tidak ditemukan.", en: "Storefront not found." },
  noStorefront: { id: "Toko baru ada setelah usaha diverifikasi Diskop.", en: "The storefront exists once Diskop has verified the business." },
} as const;
