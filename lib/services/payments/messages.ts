// What payment services tell people when they refuse, in Bahasa Indonesia and English.

export const PAYMENT_MESSAGES = {
  notReceived: { id: "Pesanan ini belum diterima (belum ada BAST), jadi belum bisa dibayar.", en: "This order has not been received (no BAST yet), so it cannot be paid." },
  alreadyPaid: { id: "Tagihan pesanan ini sudah lunas.", en: "This order's invoices are already paid." },
  cardPending: {
    id: "Pembayaran kartu KKPD untuk pesanan ini sedang berlangsung. Tunggu sampai selesai atau kedaluwarsa.",
    en: "A KKPD card payment for this order is in progress. Wait until it completes or expires.",
  },
  amountMismatch: (expectedIdr: number) => ({
    id: `Jumlah harus sama dengan tagihan terbuka: Rp${expectedIdr.toLocaleString("id-ID")}.`,
    en: `The amount must equal the open invoices: IDR ${expectedIdr.toLocaleString("en-US")}.`,
  }),
  paidInFuture: { id: "Tanggal bayar tidak boleh di masa depan.", en: "The payment date cannot be in the future." },
  paidBeforeBast: { id: "Tanggal bayar tidak boleh sebelum tanggal BAST.", en: "The payment date cannot be before the BAST date." },
  payoutAccountMissing: {
    id: "Penjual belum mengisi rekening bank pencairan, jadi transfer SP2D/UP belum dapat dicatat. Minta penjual mengisinya di Pengaturan usaha, atau bayar dengan kartu KKPD.",
    en: "The seller has not entered a payout bank account, so an SP2D/UP transfer cannot be recorded yet. Ask the seller to add it in their business settings, or pay by KKPD card.",
  },
  referenceUsed: { id: "Nomor referensi ini sudah dipakai untuk pembayaran lain.", en: "This reference has already been used for another payment." },
  cardDisabled: { id: "Pembayaran kartu tidak tersedia di sistem ini.", en: "Card payments are not available on this system." },
  budgetOutOfBalance: { id: "Komitmen anggaran tidak sesuai tagihan.", en: "The budget commitment does not match the invoices." },
  foreignReturnUrl: {
    id: "Alamat kembali setelah pembayaran kartu harus berada di situs ini.",
    en: "The return address after a card payment must be on this site.",
  },
} as const;
