import type { LocalizedMessage } from "@/lib/errors";

export const FLAG_MESSAGES = {
  notFound: { id: "Tanda bahaya ini tidak ditemukan pada perhitungan tahunnya.", en: "This red flag is not in its year's computation." },
  alreadyReviewed: { id: "Tanda ini sudah ditinjau.", en: "This flag has already been reviewed." },
} satisfies Record<string, LocalizedMessage>;
