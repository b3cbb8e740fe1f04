export type CategorySeed = { slug: string; nameId: string; nameEn: string; isFood: boolean; parentSlug: string | null };

/** A small two-level tree; products hang on the leaves. Parents come before children. */
export const CATEGORIES: readonly CategorySeed[] = [
  { slug: "kerajinan", nameId: "Kerajinan", nameEn: "Handicrafts", isFood: false, parentSlug: null },
  { slug: "tenun-songket", nameId: "Tenun & Songket", nameEn: "Woven Cloth & Songket", isFood: false, parentSlug: "kerajinan" },
  { slug: "gerabah", nameId: "Gerabah", nameEn: "Pottery", isFood: false, parentSlug: "kerajinan" },
  { slug: "anyaman-ketak", nameId: "Anyaman & Ketak", nameEn: "Ketak & Woven Baskets", isFood: false, parentSlug: "kerajinan" },
  { slug: "mutiara", nameId: "Perhiasan Mutiara", nameEn: "Pearl Jewellery", isFood: false, parentSlug: "kerajinan" },
  { slug: "pangan", nameId: "Pangan & Minuman", nameEn: "Food & Drink", isFood: true, parentSlug: null },
  { slug: "kopi", nameId: "Kopi", nameEn: "Coffee", isFood: true, parentSlug: "pangan" },
  { slug: "madu", nameId: "Madu", nameEn: "Honey", isFood: true, parentSlug: "pangan" },
  { slug: "susu-kuda-liar", nameId: "Susu Kuda Liar", nameEn: "Wild Horse Milk", isFood: true, parentSlug: "pangan" },
  { slug: "makanan-ringan", nameId: "Makanan Ringan & Oleh-oleh", nameEn: "Snacks & Local Delicacies", isFood: true, parentSlug: "pangan" },
  { slug: "minuman", nameId: "Minuman", nameEn: "Beverages", isFood: true, parentSlug: "pangan" },
  { slug: "konsumsi-rapat", nameId: "Konsumsi Rapat", nameEn: "Meeting Catering", isFood: true, parentSlug: "pangan" },
  { slug: "cendera-mata", nameId: "Cendera Mata", nameEn: "Souvenirs", isFood: false, parentSlug: null },
  { slug: "atk-percetakan", nameId: "ATK & Percetakan", nameEn: "Office Supplies & Printing", isFood: false, parentSlug: null },
  { slug: "seragam-konveksi", nameId: "Seragam & Konveksi", nameEn: "Uniforms & Garments", isFood: false, parentSlug: null },
  { slug: "dekorasi", nameId: "Dekorasi", nameEn: "Decoration", isFood: false, parentSlug: null },
];

export type CategorySlug =
  | "tenun-songket" | "gerabah" | "anyaman-ketak" | "mutiara" | "kopi" | "madu" | "susu-kuda-liar"
  | "makanan-ringan" | "minuman" | "konsumsi-rapat" | "cendera-mata" | "atk-percetakan" | "seragam-konveksi"
  | "dekorasi";
