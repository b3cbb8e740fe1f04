/**
 * The UNSPSC segment of each catalogue category, the item's main classification in the OCDS export.
 *
 * Why UNSPSC: it is in OCDS's itemClassificationScheme codelist, so analysts' tools understand it, and its codes
 * are a numeric hierarchy. Cardinal's heterogeneous-supplier flag (R048) counts the distinct first two digits of
 * the items each supplier was awarded; over our own category slugs that count would be of letters, not of kinds
 * of goods. Only the segment (two digits, then zeros) is given: a finer code per product would be a guess.
 * Titles are UNSPSC's own (English, as the standard publishes them).
 */
export const UNSPSC_CLASSIFICATION_SCHEME = "UNSPSC";

const SEGMENTS = {
  "11000000": "Mineral and Textile and Inedible Plant and Animal Materials",
  "44000000": "Office Equipment and Accessories and Supplies",
  "50000000": "Food Beverage and Tobacco Products",
  "52000000": "Domestic Appliances and Supplies and Consumer Electronic Products",
  "53000000": "Apparel and Luggage and Personal Care Products",
  "54000000": "Timepieces and Jewelry and Gemstone Products",
  "60000000": "Musical Instruments and Games and Toys and Arts and Crafts and Educational Equipment and Materials and Accessories and Supplies",
  "90000000": "Travel and Food and Lodging and Entertainment Services",
} as const;

type SegmentCode = keyof typeof SEGMENTS;

/**
 * By category slug, leaves and their parents. Woven cloth is a fabric, pearls are jewellery, meeting catering is a
 * food service, not a food product: the segment follows what is bought, not the parent in our own tree.
 */
const SEGMENT_OF_CATEGORY: Readonly<Record<string, SegmentCode>> = {
  kerajinan: "60000000",
  "tenun-songket": "11000000",
  gerabah: "52000000",
  "anyaman-ketak": "52000000",
  mutiara: "54000000",
  pangan: "50000000",
  kopi: "50000000",
  madu: "50000000",
  "susu-kuda-liar": "50000000",
  "makanan-ringan": "50000000",
  minuman: "50000000",
  "konsumsi-rapat": "90000000",
  "cendera-mata": "60000000",
  "atk-percetakan": "44000000",
  "seragam-konveksi": "53000000",
  dekorasi: "52000000",
};

export type UnspscClassification = { scheme: typeof UNSPSC_CLASSIFICATION_SCHEME; id: SegmentCode; description: string };

/** The category's UNSPSC segment, or null for a category nobody has placed yet (its item keeps our own scheme). */
export const unspscSegmentOf = (categorySlug: string): UnspscClassification | null => {
  const code = SEGMENT_OF_CATEGORY[categorySlug];
  return code ? { scheme: UNSPSC_CLASSIFICATION_SCHEME, id: code, description: SEGMENTS[code] } : null;
};
