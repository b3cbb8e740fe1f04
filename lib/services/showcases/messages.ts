import { notFound } from "@/lib/errors";
import { showcaseSlugSchema } from "@/lib/validation/showcases";

/** What the Etalase services say when they refuse, in both languages. */
export const SHOWCASE_MESSAGES = {
  notFound: { id: "Etalase tidak ditemukan.", en: "Showcase not found." },
  slugTaken: { id: "Slug etalase sudah dipakai.", en: "The showcase slug is taken." },
  notDraft: { id: "Etalase ini sudah terbit.", en: "This showcase is already published." },
  businessNotVerified: { id: "Hanya usaha terverifikasi di provinsi ini yang dapat masuk etalase.", en: "Only verified businesses of this province can join a showcase." },
  productNotOfBusiness: { id: "Produk itu bukan produk aktif usaha tersebut.", en: "That product is not an active product of that business." },
  alreadyMember: { id: "Usaha itu sudah ada di etalase ini.", en: "That business is already in this showcase." },
} as const;

/** A slug that cannot exist (bad characters, NUL, too long) is simply "no such showcase", before any query. */
export const assertShowcaseSlug = (slug: string) => {
  if (!showcaseSlugSchema.safeParse(slug).success) throw notFound(SHOWCASE_MESSAGES.notFound);
};
