import { eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { categories, products, storefronts, type StorefrontPhoto } from "@/db/schema";
import { uniqueSlug } from "@/lib/domain/storefront/slug";
import type { buildSeedData } from "./build";

// Storefronts and demo pictures for the seeded businesses. Pictures are illustrations, never photos: each
// product points at its category's illustration, each storefront at a cover drawn from its main category, and
// the alt text says "Ilustrasi". The bytes are rendered from SVG by scripts/demo-pictures.ts into the media
// store (the seed may not touch storage); keys follow the uploads' `products/<businessId>/…` so the media route
// serves them under the same rule as real photos (public while the business is verified).

type SeedRows = ReturnType<typeof buildSeedData>;

export const DEMO_PICTURE_SIZE = { width: 800, height: 600 } as const;
export const DEMO_COVER_SIZE = { width: 1000, height: 500 } as const;

/** `ilustrasi-<category>.webp` for a product, `ilustrasi-sampul-<category>.webp` for a storefront cover. */
export const demoPictureKey = (businessId: string, motif: string, kind: "product" | "cover", thumb = false) =>
  `products/${businessId}/ilustrasi-${kind === "cover" ? "sampul-" : ""}${motif}${thumb ? "-thumb" : ""}.webp`;

/** What the renderer needs from a key: which category to draw, as a cover or not, full size or thumbnail. */
export const parseDemoPictureKey = (key: string) => {
  const match = /^products\/[0-9a-f-]{36}\/ilustrasi-(sampul-)?([a-z-]+?)(-thumb)?\.webp$/.exec(key);
  return match ? { motif: match[2]!, kind: match[1] ? ("cover" as const) : ("product" as const), thumb: Boolean(match[3]) } : null;
};

const STORIES: Record<string, string> = {
  "tenun-songket": "{owner} dan para penenun {place} menenun songket dengan alat gedogan warisan keluarga. Satu kain dikerjakan dua sampai empat minggu; motifnya kami jelaskan kepada setiap pembeli.",
  gerabah: "Gerabah kami dibentuk tangan dari tanah liat {place} dan dibakar dengan jerami, seperti yang diajarkan orang tua {owner}. Cocok untuk cendera mata dan dekorasi kantor.",
  "anyaman-ketak": "Anyaman ketak dari {place}: rumput ketak dipilin, dianyam, lalu diasap agar kuat dan berwarna cokelat alami. {owner} mengajak ibu-ibu di desa ikut menganyam.",
  mutiara: "Perhiasan mutiara laut Lombok yang dirangkai perajin Sekarbela. Setiap butir dipilih {owner} sendiri dan disertai keterangan asal budidayanya.",
  kopi: "Kopi dari kebun petani {place}, dipetik merah, dijemur di para-para, lalu disangrai dalam jumlah kecil oleh {owner} agar rasanya tetap segar.",
  madu: "Madu hutan {place} dipanen lestari oleh kelompok pemburu madu binaan {owner}, disaring tanpa pemanasan dan dikemas di rumah produksi kami.",
  "susu-kuda-liar": "Susu kuda liar dari padang penggembalaan {place}, diperah dan dibotolkan oleh keluarga {owner} dengan izin edar yang masih berlaku.",
  "makanan-ringan": "Oleh-oleh khas {place} buatan dapur {owner}: resep keluarga, bahan dari pasar setempat, dan kemasan yang siap untuk tamu kantor.",
  minuman: "Minuman segar dari bahan lokal {place}, diracik {owner} tanpa pengawet buatan dan siap diantar untuk rapat dan kegiatan.",
  "konsumsi-rapat": "Kami menyiapkan kotak snack dan nasi kotak untuk rapat OPD di {place}. {owner} memastikan semua bahan dari petani dan UMK sekitar.",
  "cendera-mata": "Cendera mata khas NTB untuk tamu daerah dan kegiatan resmi, dikerjakan perajin {place} bersama {owner}.",
  "atk-percetakan": "Percetakan dan ATK untuk kantor pemerintah di {place}: undangan, spanduk, map, dan blangko, dikerjakan cepat oleh tim {owner}.",
  "seragam-konveksi": "Konveksi seragam kantor dan kaos kegiatan dari {place}. {owner} dan penjahit kami mengukur, menjahit, dan mengantar sendiri.",
  dekorasi: "Dekorasi panggung dan ruangan untuk acara resmi, memakai bahan lokal {place}. {owner} menata sendiri di lokasi kegiatan.",
};
const FALLBACK_STORY = "{name} adalah usaha dari {place} yang dikelola {owner}, melayani pesanan kantor pemerintah dengan produk lokal NTB.";

const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? "");

/**
 * One storefront per verified or suspended business (suspended ones keep theirs, hidden, as the service does),
 * slugs unique in business creation order; then every seeded product gets its category's illustration, in one
 * UPDATE. Deterministic: same rows in, same slugs, stories and keys out.
 */
export const seedStorefronts = async (tx: DbOrTx, data: SeedRows, now: Date) => {
  const categoryOf = new Map(data.categories.map((c) => [c.id!, c]));
  const mainCategory = new Map<string, string>();
  for (const p of data.products) if (!mainCategory.has(p.businessId)) mainCategory.set(p.businessId, p.categoryId);
  const regionName = new Map(data.regions.map((r) => [r.id!, r.name]));
  const taken = new Set<string>();
  const rows = [...data.businesses]
    .filter((b) => b.verificationStatus === "verified" || b.verificationStatus === "suspended")
    .sort((a, b) => (a.createdAt as Date).getTime() - (b.createdAt as Date).getTime() || (a.id! < b.id! ? -1 : 1))
    .map((b) => {
      const slug = uniqueSlug(b.legalName, taken);
      taken.add(slug);
      const category = categoryOf.get(mainCategory.get(b.id!) ?? "");
      const motif = category?.slug ?? "cendera-mata";
      const place = regionName.get(b.regionId) ?? "NTB";
      const story = fill(STORIES[motif] ?? FALLBACK_STORY, { owner: b.ownerName, place, name: b.legalName });
      const cover: StorefrontPhoto = {
        key: demoPictureKey(b.id!, motif, "cover"),
        thumbnailKey: demoPictureKey(b.id!, motif, "cover", true),
        contentType: "image/webp",
        ...DEMO_COVER_SIZE,
        alt: `Ilustrasi sampul toko ${b.legalName}: ${(category?.nameId ?? "cendera mata").toLowerCase()} (gambar contoh, bukan foto usaha)`,
      };
      return { businessId: b.id!, slug, story, photos: [cover], createdAt: now, updatedAt: now };
    });
  if (rows.length > 0) await tx.insert(storefronts).values(rows);

  // Every product: one illustration of its category, under its business's prefix.
  await tx
    .update(products)
    .set({
      photos: sql`jsonb_build_array(jsonb_build_object(
        'key', 'products/' || ${products.businessId} || '/ilustrasi-' || ${categories.slug} || '.webp',
        'thumbnailKey', 'products/' || ${products.businessId} || '/ilustrasi-' || ${categories.slug} || '-thumb.webp',
        'contentType', 'image/webp', 'width', ${DEMO_PICTURE_SIZE.width}::int, 'height', ${DEMO_PICTURE_SIZE.height}::int,
        'alt', 'Ilustrasi: ' || lower(${categories.nameId}) || ' (gambar contoh, bukan foto produk)'))`,
    })
    .from(categories)
    .where(eq(categories.id, products.categoryId));
  return { storefronts: rows.length };
};
