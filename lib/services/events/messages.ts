// What event services tell people when they refuse, in Bahasa Indonesia and English.

export const EVENT_MESSAGES = {
  closed: {
    id: "Kegiatan ini sudah ditutup; koreksi hanya lewat amandemen dengan alasan.",
    en: "This event is closed; corrections go through an amendment with a reason.",
  },
  open: {
    id: "Kegiatan ini masih terbuka; ubah itemnya langsung. Amandemen hanya untuk kegiatan yang sudah ditutup.",
    en: "This event is still open; change its items directly. Amendments are for closed events only.",
  },
} as const;
