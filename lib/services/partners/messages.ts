// What the partner services tell people when they refuse, in Bahasa Indonesia and English.

export const PARTNER_MESSAGES = {
  partnerNotFound: { id: "Mitra tidak ditemukan.", en: "Partner not found." },
  alreadyVerified: { id: "Mitra ini sudah terverifikasi.", en: "This partner is already verified." },
  notVerified: { id: "Mitra belum diverifikasi Diskop; tindakan ini menunggu verifikasi.", en: "The partner is not verified by Diskop yet; this waits for verification." },
  alreadyMember: { id: "Orang ini sudah menjadi anggota mitra tersebut.", en: "This person is already a member of the partner." },
  partnershipNotFound: { id: "Kemitraan tidak ditemukan.", en: "Partnership not found." },
  wrongPartnershipStatus: { id: "Kemitraan ini tidak dapat diubah dari statusnya sekarang.", en: "This partnership cannot change from its current status." },
  businessNotFound: { id: "Usaha tidak ditemukan.", en: "Business not found." },
  alreadyOpen: { id: "Sudah ada kemitraan jenis ini yang diusulkan atau berjalan dengan usaha tersebut.", en: "A partnership of this type with this business is already proposed or running." },
  batchNotFound: { id: "Kelompok kesenjangan tidak ditemukan.", en: "Gap batch not found." },
  batchClaimed: { id: "Kelompok ini sudah diambil mitra lain.", en: "Another partner has already claimed this batch." },
  batchEmpty: { id: "Tidak ada UMK yang cocok dengan saringan ini; kelompok tidak dibuat.", en: "No UMK matches this filter; no batch was created." },
  submissionNotFound: { id: "Pengajuan sertifikat tidak ditemukan.", en: "Certificate submission not found." },
  submissionDecided: { id: "Pengajuan sertifikat ini sudah diputuskan.", en: "This certificate submission has already been decided." },
  certificateNotForKbli: { id: "Jenis sertifikat ini tidak berlaku untuk KBLI usaha Anda.", en: "This certificate kind does not apply to your business's KBLI." },
  certificateDuplicate: { id: "Sertifikat dengan nomor ini sudah tercatat.", en: "A certificate with this number is already recorded." },
  documentRequired: { id: "Unggah dokumen sertifikat (PDF, JPEG, atau PNG).", en: "Upload the certificate document (PDF, JPEG or PNG)." },
  evidenceRequired: { id: "Pilih berkas bukti (PDF, JPEG, atau PNG).", en: "Choose an evidence file (PDF, JPEG or PNG)." },
} as const;
