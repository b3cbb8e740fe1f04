import type { EventItemCategory } from "./event-compliance";

// Catalog category slugs (db/seed/data/categories.ts) → the event item categories of the Banyuwangi report.
const CATALOG_TO_EVENT: Record<string, EventItemCategory> = {
  pangan: "konsumsi",
  kopi: "konsumsi",
  madu: "konsumsi",
  "susu-kuda-liar": "konsumsi",
  "makanan-ringan": "konsumsi",
  minuman: "konsumsi",
  "konsumsi-rapat": "konsumsi",
  kerajinan: "cendera_mata",
  gerabah: "cendera_mata",
  "anyaman-ketak": "cendera_mata",
  mutiara: "cendera_mata",
  "cendera-mata": "cendera_mata",
  "tenun-songket": "seragam",
  "seragam-konveksi": "seragam",
  "atk-percetakan": "atk",
  dekorasi: "dekorasi",
};

/**
 * Pure: the event category an order line counts under when a BAST adds it to an event. Unknown slugs
 * (categories an admin adds later) fall back to konsumsi for food, lainnya otherwise.
 */
export const eventCategoryForCatalog = (categorySlug: string, isFood = false): EventItemCategory =>
  CATALOG_TO_EVENT[categorySlug] ?? (isFood ? "konsumsi" : "lainnya");
